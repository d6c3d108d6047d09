package uk.gov.cheltenham.psr.incident.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.incident.entry.RegisterEntries;
import uk.gov.cheltenham.psr.incident.entry.RegisterEntries.Standing;
import uk.gov.cheltenham.psr.incident.retention.EntryPurge;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;

/**
 * Learns which register entries exist from register-service's events, so repeat
 * incidents, breaches and contact-details updates link only to an entry on the register
 * (I6, I7, I8), and deletes what it holds about a purged entry (R12). Other register
 * events are not this service's business.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEventsListener {

	static final String CONSUMER = "incident-service";

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, RegisterEntries entries, EntryPurge purge) {
		return incoming.handlers(CONSUMER)
			.on(EntryOpened.class,
					(opened) -> entries.opened(opened.entryId(),
							(opened.incidentIds() != null) ? opened.incidentIds() : List.of()))
			.on(EntryRemoved.class, (removed) -> entries.leftRegister(removed.entryId(), Standing.REMOVED))
			.on(EntryPurged.class, (purged) -> {
				entries.leftRegister(purged.entryId(), Standing.PURGED);
				purge.purge(purged.entryId());
			});
	}

}
