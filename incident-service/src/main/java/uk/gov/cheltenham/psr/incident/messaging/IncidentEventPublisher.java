package uk.gov.cheltenham.psr.incident.messaging;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.events.ContactDetailsUpdateReported;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.ReviewOutcome;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.incident.contact.ContactDetailsUpdateReportedEvent;
import uk.gov.cheltenham.psr.incident.report.IncidentReportedEvent;
import uk.gov.cheltenham.psr.incident.report.IncidentReviewedEvent;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;

/**
 * Maps the incident's domain events to published contracts and writes them to the outbox.
 * Runs synchronously while the aggregate is saved, so inside its transaction.
 */
@Component
class IncidentEventPublisher {

	private final Outbox outbox;

	IncidentEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(IncidentReportedEvent event) {
		this.outbox.publish(new IncidentReported(UUID.randomUUID(), event.reportedAt(), event.incidentId(),
				IncidentType.valueOf(event.incidentType().name()), event.serviceArea(), event.thirdPartyReport(),
				event.linkedEntryId(), event.breachOfRestrictions()));
	}

	/** I8: ids only; register-service reads the details through the internal API. */
	@EventListener
	void on(ContactDetailsUpdateReportedEvent event) {
		this.outbox.publish(new ContactDetailsUpdateReported(UUID.randomUUID(), event.reportedAt(), event.updateId(),
				event.entryId()));
	}

	@EventListener
	void on(IncidentReviewedEvent event) {
		this.outbox.publish(new IncidentReviewed(UUID.randomUUID(), event.reviewedAt(), event.incidentId(),
				ReviewOutcome.valueOf(event.outcome().name()), IncidentType.valueOf(event.incidentType().name()),
				event.warningStageBypassed(),
				event.customerReferences()
					.stream()
					.map((reference) -> new TeamReference(reference.team(), reference.reference()))
					.toList(),
				event.linkedEntryId()));
	}

}
