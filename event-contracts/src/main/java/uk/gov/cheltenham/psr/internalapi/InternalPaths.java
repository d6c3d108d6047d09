package uk.gov.cheltenham.psr.internalapi;

/** The internal API paths, and which service may call each. */
public final class InternalPaths {

	/** incident-service → register-service: {@link CustomerDetails}. */
	public static final String INCIDENT_CUSTOMER = "/internal/incidents/{incidentId}/customer";

	/** incident-service → register-service: {@link ContactDetailsUpdate} (I8). */
	public static final String CONTACT_DETAILS_UPDATE = "/internal/contact-details-updates/{updateId}";

	/** register-service → letters-service: {@link EntryLetterDetails}. */
	public static final String ENTRY_LETTER_DETAILS = "/internal/entries/{entryId}/letter-details";

	/**
	 * register-service → partner-sync-service: {@link EntrySharedFields}; query parameter
	 * {@code fields} lists the field names wanted (the data-sharing agreement's
	 * allow-list).
	 */
	public static final String ENTRY_SHARED_FIELDS = "/internal/entries/{entryId}/shared-fields?fields={fields}";

	/**
	 * register-service → incident-service: the {@link SubjectAccessPart} of an entry's
	 * incidents (D4); {@code incidentIds} lists the entry's incidents, comma separated.
	 */
	public static final String INCIDENTS_SUBJECT_ACCESS = "/internal/incidents/subject-access?entryId={entryId}&incidentIds={incidentIds}";

	/** register-service → letters-service: the entry's letters and their PDFs (D4). */
	public static final String LETTERS_SUBJECT_ACCESS = "/internal/letters/subject-access?entryId={entryId}";

	/** register-service → notification-service: the entry's deliveries (D4). */
	public static final String DELIVERIES_SUBJECT_ACCESS = "/internal/deliveries/subject-access?entryId={entryId}";

	/**
	 * register-service → partner-sync-service: the entry's disclosures and receipts (D4);
	 * {@code receiptIds} lists the partner receipts the register linked to the entry.
	 */
	public static final String DISCLOSURES_SUBJECT_ACCESS = "/internal/disclosures/subject-access?entryId={entryId}&receiptIds={receiptIds}";

	private InternalPaths() {
	}

}
