package uk.gov.cheltenham.psr.internalapi;

/** The internal API paths, and which service may call each. */
public final class InternalPaths {

	/** incident-service → register-service: {@link CustomerDetails}. */
	public static final String INCIDENT_CUSTOMER = "/internal/incidents/{incidentId}/customer";

	/** register-service → letters-service: {@link EntryLetterDetails}. */
	public static final String ENTRY_LETTER_DETAILS = "/internal/entries/{entryId}/letter-details";

	/**
	 * register-service → partner-sync-service: {@link EntrySharedFields}; query parameter
	 * {@code fields} lists the field names wanted (the data-sharing agreement's
	 * allow-list).
	 */
	public static final String ENTRY_SHARED_FIELDS = "/internal/entries/{entryId}/shared-fields?fields={fields}";

	private InternalPaths() {
	}

}
