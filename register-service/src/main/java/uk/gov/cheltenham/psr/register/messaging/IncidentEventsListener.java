package uk.gov.cheltenham.psr.register.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.entry.ReviewedIncident;
import uk.gov.cheltenham.psr.register.entry.TeamReference;

/**
 * Takes incident-service's reviews: a warning letter or register entry outcome opens an
 * entry; a referral to the CSSM opens one that waits for approval (R7).
 */
@Configuration(proxyBeanMethods = false)
class IncidentEventsListener {

	static final String CONSUMER = "register-service";

	@Bean
	Consumer<Message<byte[]>> incidentEvents(IncomingEvents incoming, Register register) {
		return (message) -> incoming.receive(CONSUMER, message, (event) -> {
			if (event instanceof IncidentReviewed reviewed) {
				basisOf(reviewed.outcome()).ifPresent((basis) -> register.record(toReviewedIncident(reviewed, basis),
						Optional.ofNullable(reviewed.linkedEntryId())));
			}
		});
	}

	private static Optional<EntryBasis> basisOf(ReviewOutcome outcome) {
		return switch (outcome) {
			case WARNING_LETTER -> Optional.of(EntryBasis.WARNING_LETTER);
			case REGISTER_ENTRY, REFERRED_TO_CSSM -> Optional.of(EntryBasis.REGISTER_ENTRY);
			default -> Optional.empty();
		};
	}

	private static ReviewedIncident toReviewedIncident(IncidentReviewed reviewed, EntryBasis basis) {
		return new ReviewedIncident(reviewed.incidentId(), basis, IncidentType.valueOf(reviewed.incidentType().name()),
				reviewed.customerReferences()
					.stream()
					.map((reference) -> new TeamReference(reference.team(), reference.reference()))
					.toList(),
				reviewed.outcome() == ReviewOutcome.REFERRED_TO_CSSM);
	}

}
