package uk.gov.cheltenham.psr.incident.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a representative reports (I1); validated at the web edge, trusted here.
 *
 * @param linkedEntryId the register entry of a customer already on it (I6, I7)
 * @param thirdParty the agency a third-party report came from (I4)
 * @param contacts the contacts a persistent-contact report covers (I5), may be empty
 * @param breachedRestriction which of the entry's restrictions was broken, for a breach
 * (I7); {@code null} otherwise
 */
public record IncidentDraft(String affectedPerson, String reportedOnBehalfOf, Instant occurredAt, String location,
		Channel channel, String serviceArea, IncidentType incidentType, String customerName, String whatHappened,
		List<CustomerReference> customerReferences, Set<String> otherInvolvedPeople, UUID linkedEntryId,
		ThirdPartyReport thirdParty, List<PersistentContact> contacts, String breachedRestriction) {

	public IncidentDraft {
		Objects.requireNonNull(affectedPerson, "affectedPerson");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(incidentType, "incidentType");
		customerReferences = (customerReferences != null) ? List.copyOf(customerReferences) : List.of();
		otherInvolvedPeople = (otherInvolvedPeople != null) ? Set.copyOf(otherInvolvedPeople) : Set.of();
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
	}

	/** A report of one incident, neither persistent contact (I5) nor a breach (I7). */
	public IncidentDraft(String affectedPerson, String reportedOnBehalfOf, Instant occurredAt, String location,
			Channel channel, String serviceArea, IncidentType incidentType, String customerName, String whatHappened,
			List<CustomerReference> customerReferences, Set<String> otherInvolvedPeople, UUID linkedEntryId,
			ThirdPartyReport thirdParty) {
		this(affectedPerson, reportedOnBehalfOf, occurredAt, location, channel, serviceArea, incidentType, customerName,
				whatHappened, customerReferences, otherInvolvedPeople, linkedEntryId, thirdParty, List.of(), null);
	}

	public boolean isBreachOfRestrictions() {
		return this.breachedRestriction != null;
	}

	/**
	 * A digest of everything reported, stable across restarts, to tell a retry of the
	 * same report from a different report sent with the same Idempotency-Key.
	 */
	public String fingerprint() {
		List<Object> parts = new ArrayList<>(Arrays.asList(this.affectedPerson, this.reportedOnBehalfOf,
				this.occurredAt, this.location, this.channel, this.serviceArea, this.incidentType, this.customerName,
				this.whatHappened, this.customerReferences, new TreeSet<>(this.otherInvolvedPeople), this.linkedEntryId,
				this.thirdParty));
		// added only when present, so a retry of an earlier kind of report keeps its
		// digest
		if (!this.contacts.isEmpty() || this.breachedRestriction != null) {
			parts.add(this.contacts);
			parts.add(this.breachedRestriction);
		}
		StringBuilder canonical = new StringBuilder();
		for (Object part : parts) {
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
