package uk.gov.cheltenham.psr.partnersync.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The data-sharing agreement with CBH (P1, P3): its reference, how updates reach the
 * partner (TLS-only email or the authenticated HTTPS endpoint) and where to, the register
 * changes it covers and the allow-list of fields that may be disclosed. Anything not on
 * the allow-list is never disclosed, whatever a change concerns. An agreement that names
 * an unknown change or field is refused, so a typo in the configuration cannot silently
 * change what is shared.
 */
public final class DataSharingAgreement {

	private final String reference;

	private final DeliveryChannel channel;

	private final String recipient;

	private final Set<RegisterChange> coveredChanges;

	/** In the agreement's order, which is the order fields are listed in an update. */
	private final List<RegisterField> allowedFields;

	private DataSharingAgreement(String reference, DeliveryChannel channel, String recipient,
			Set<RegisterChange> coveredChanges, List<RegisterField> allowedFields) {
		this.reference = reference;
		this.channel = channel;
		this.recipient = recipient;
		this.coveredChanges = coveredChanges;
		this.allowedFields = allowedFields;
	}

	/**
	 * An agreement whose updates go by email.
	 * @param reference the agreement's reference, e.g. {@code CBH-DSA-2024-01}
	 * @param recipient the partner's contact mailbox
	 * @param coveredEventTypes the register event types it covers
	 * @param allowedFieldNames the fields it allows to be disclosed
	 * @return the agreement
	 * @throws IllegalArgumentException if anything is missing or unknown
	 */
	public static DataSharingAgreement of(String reference, String recipient, Collection<String> coveredEventTypes,
			Collection<String> allowedFieldNames) {
		return of(reference, DeliveryChannel.EMAIL, recipient, coveredEventTypes, allowedFieldNames);
	}

	/**
	 * The agreement as configured.
	 * @param reference the agreement's reference, e.g. {@code CBH-DSA-2024-01}
	 * @param channel how updates reach the partner
	 * @param recipient the partner's contact mailbox, or its HTTPS endpoint
	 * @param coveredEventTypes the register event types it covers, e.g.
	 * {@code EntryOpened}
	 * @param allowedFieldNames the fields it allows to be disclosed, e.g.
	 * {@code reviewDue}
	 * @return the agreement
	 * @throws IllegalArgumentException if anything is missing or unknown
	 */
	public static DataSharingAgreement of(String reference, DeliveryChannel channel, String recipient,
			Collection<String> coveredEventTypes, Collection<String> allowedFieldNames) {
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("A data-sharing agreement needs a reference");
		}
		if (channel == null) {
			throw new IllegalArgumentException("A data-sharing agreement needs a delivery channel (email or https)");
		}
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A data-sharing agreement needs the partner's "
					+ ((channel == DeliveryChannel.EMAIL) ? "contact mailbox" : "HTTPS endpoint"));
		}
		Set<RegisterChange> covered = EnumSet.noneOf(RegisterChange.class);
		for (String eventType : Objects.requireNonNullElse(coveredEventTypes, List.<String>of())) {
			covered.add(RegisterChange.byEventType(eventType)
				.orElseThrow(() -> new IllegalArgumentException("Unknown register event type '" + eventType
						+ "' in the agreement; known: " + List.of(RegisterChange.values()))));
		}
		Set<RegisterField> allowed = new LinkedHashSet<>();
		for (String fieldName : Objects.requireNonNullElse(allowedFieldNames, List.<String>of())) {
			allowed.add(RegisterField.byName(fieldName)
				.orElseThrow(() -> new IllegalArgumentException("Unknown field '" + fieldName + "' in the agreement")));
		}
		if (!allowed.contains(RegisterField.ENTRY_ID)) {
			// without it the partner cannot tell which entry an update or deletion
			// request is about
			throw new IllegalArgumentException("The agreement must allow 'entryId'");
		}
		return new DataSharingAgreement(reference.strip(), channel, recipient.strip(), covered, List.copyOf(allowed));
	}

	public String reference() {
		return this.reference;
	}

	public DeliveryChannel channel() {
		return this.channel;
	}

	/** The mailbox or HTTPS endpoint updates go to. */
	public String recipient() {
		return this.recipient;
	}

	public boolean covers(RegisterChange change) {
		return this.coveredChanges.contains(change);
	}

	public boolean allows(String fieldName) {
		return RegisterField.byName(fieldName).map(this.allowedFields::contains).orElse(false);
	}

	/**
	 * The field names that may be disclosed about {@code change}: those it concerns that
	 * the allow-list names, in the allow-list's order.
	 */
	public List<String> disclosableFor(RegisterChange change) {
		return disclosableOf(change.concerns());
	}

	/** A deletion request names the entry and nothing else (R12). */
	public List<String> deletionRequestFields() {
		return disclosableOf(EnumSet.of(RegisterField.ENTRY_ID));
	}

	private List<String> disclosableOf(Set<RegisterField> wanted) {
		List<String> names = new ArrayList<>();
		for (RegisterField field : this.allowedFields) {
			if (wanted.contains(field)) {
				names.add(field.fieldName());
			}
		}
		return List.copyOf(names);
	}

	public Set<RegisterChange> coveredChanges() {
		// an EnumSet, so copying works when it is empty too
		return EnumSet.copyOf(this.coveredChanges);
	}

	public List<String> allowedFieldNames() {
		return this.allowedFields.stream().map(RegisterField::fieldName).toList();
	}

}
