package uk.gov.cheltenham.psr.register.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.LetterSent;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * Takes letters-service's reports of sent letters, once each (the intake skips a
 * redelivered event): the entry records the customer as told, so a later withholding of
 * notice holds only what has not gone out (R8).
 */
@Configuration(proxyBeanMethods = false)
class LetterEventsListener {

	@Bean
	Consumer<Message<byte[]>> letterEvents(IncomingEvents incoming, Register register, Clock clock) {
		return incoming.handlers(IncidentEventsListener.CONSUMER)
			.on(LetterSent.class,
					(sent) -> register.recordLetterSent(sent.entryId(), sent.requestId(),
							EntryEvents.LetterKind.valueOf(sent.letterType().name()),
							LocalDate.ofInstant(sent.occurredAt(), clock.getZone())));
	}

}
