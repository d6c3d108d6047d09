package uk.gov.cheltenham.psr.register.messaging;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.ContactDetailsUpdateReported;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.entry.ReviewedIncident;
import uk.gov.cheltenham.psr.register.entry.TeamReference;
import uk.gov.cheltenham.psr.register.link.IncidentLinks;

/**
 * Takes incident-service's reviews: a warning letter or register entry outcome opens an
 * entry, or joins the entry it names (I6, I7); no further action or informal action on a
 * repeat incident joins its entry as evidence only (I6); a report of a breach of an
 * entry's restrictions is recorded on it (I7); a referral to the CSSM opens one that
 * waits for approval (R7); contact-details updates fetch the customer record again (I8).
 */
@Configuration(proxyBeanMethods = false)
class IncidentEventsListener {

	static final String CONSUMER = "register-service";

	@Bean
	Consumer<Message<byte[]>> incidentEvents(IncomingEvents incoming, IncidentLinks links, Register register) {
		return incoming.handlers(CONSUMER).on(IncidentReviewed.class, (reviewed) -> {
			// a linked entry id is a repeat incident or breach (I6, I7)
			Optional<EntryBasis> basis = basisOf(reviewed.outcome());
			if (basis.isPresent()) {
				links.reviewed(toReviewedIncident(reviewed, basis.get()),
						Optional.ofNullable(reviewed.linkedEntryId()));
			}
			else if (reviewed.linkedEntryId() != null) {
				// no action on it, yet evidence for the entry's next review (I6)
				links.reviewedWithoutAction(reviewed.incidentId(), IncidentType.valueOf(reviewed.incidentType().name()),
						reviewed.outcome().name(), reviewed.linkedEntryId());
			}
		})
			// only a reported breach concerns the register: the rest, no transaction
			.on(IncidentReported.class,
					(reported) -> reported.breachOfRestrictions() && reported.linkedEntryId() != null,
					(reported) -> register.recordBreachReport(reported.linkedEntryId(), reported.incidentId()))
			// new contact details reported for a customer on the register (I8)
			.on(ContactDetailsUpdateReported.class,
					(update) -> links.contactDetailsUpdated(update.updateId(), update.entryId()));
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
				toTeamReferences(reviewed.customerReferences()), reviewed.outcome() == ReviewOutcome.REFERRED_TO_CSSM);
	}

	static List<TeamReference> toTeamReferences(List<uk.gov.cheltenham.psr.events.TeamReference> references) {
		return (references == null) ? List.of()
				: references.stream()
					.map((reference) -> new TeamReference(reference.team(), reference.reference()))
					.toList();
	}

}
