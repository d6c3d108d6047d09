package uk.gov.cheltenham.psr.notification.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.notification.reminder.Reminders;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;

import static uk.gov.cheltenham.psr.notification.messaging.RegisterEventsConsumer.occurredAt;
import static uk.gov.cheltenham.psr.notification.messaging.RegisterEventsConsumer.required;

/**
 * Consumes {@code psr.incident.events}: an incident reported and not yet reviewed is
 * tracked for the "waiting for review" reminder (I11, M4). Only its id, when it was
 * reported and its linked entry are kept.
 */
@Configuration(proxyBeanMethods = false)
class IncidentEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> incidentEvents(IncomingEvents incoming, Reminders reminders) {
		return incoming.handlers(RegisterEventsConsumer.CONSUMER)
			.on(IncidentReported.class,
					(reported) -> reminders.incidentReported(required(reported.incidentId(), "incidentId", reported),
							occurredAt(reported), reported.linkedEntryId()))
			.on(IncidentReviewed.class,
					(reviewed) -> reminders.incidentReviewed(required(reviewed.incidentId(), "incidentId", reviewed)));
	}

}
