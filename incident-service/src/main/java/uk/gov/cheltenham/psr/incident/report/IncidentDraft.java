package uk.gov.cheltenham.psr.incident.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** What a representative reports (I1); validated at the web edge, trusted here. */
public record IncidentDraft(String affectedPerson, String reportedOnBehalfOf, Instant occurredAt, String location,
		Channel channel, String serviceArea, IncidentType incidentType, String customerName, String whatHappened,
		List<CustomerReference> customerReferences, Set<String> otherInvolvedPeople, UUID linkedEntryId,
		ThirdPartyReport thirdParty) {

	public IncidentDraft {
		Objects.requireNonNull(affectedPerson, "affectedPerson");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(incidentType, "incidentType");
		customerReferences = (customerReferences != null) ? List.copyOf(customerReferences) : List.of();
		otherInvolvedPeople = (otherInvolvedPeople != null) ? Set.copyOf(otherInvolvedPeople) : Set.of();
	}

	/**
	 * A digest of everything reported, stable across restarts, to tell a retry of the
	 * same report from a different report sent with the same Idempotency-Key.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder();
		for (Object part : new Object[] { this.affectedPerson, this.reportedOnBehalfOf, this.occurredAt, this.location,
				this.channel, this.serviceArea, this.incidentType, this.customerName, this.whatHappened,
				this.customerReferences, new TreeSet<>(this.otherInvolvedPeople), this.linkedEntryId,
				this.thirdParty }) {
			String text = String.valueOf(part);
			// length-prefixed, so no choice of field values can make two drafts collide
			canonical.append(text.length()).append(':').append(text).append(';');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
