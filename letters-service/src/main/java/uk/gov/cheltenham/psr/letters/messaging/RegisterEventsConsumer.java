package uk.gov.cheltenham.psr.letters.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.NoticeWithheld;
import uk.gov.cheltenham.psr.letters.letter.LetterRequest;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.letter.LetterWorkflow;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;

/**
 * Takes the register's events: a requested letter becomes a draft (R8) or, asked for
 * again, is released from its hold; withheld notice holds the letters it names (R8); a
 * purged entry takes its letters with it (R12). Other register events are not for this
 * service.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEventsConsumer {

	static final String CONSUMER = "letters-service";

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, LetterWorkflow workflow) {
		return incoming.handlers(CONSUMER)
			.on(LetterRequested.class,
					(requested) -> workflow.request(new LetterRequest(requested.entryId(), requested.requestId(),
							LetterType.valueOf(requested.letterType().name()))))
			.on(NoticeWithheld.class, (withheld) -> workflow.hold(withheld.entryId(), withheld.heldRequestIds()))
			.on(EntryPurged.class, (purged) -> workflow.purgeEntry(purged.entryId()));
	}

}
