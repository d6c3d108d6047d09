package uk.gov.cheltenham.psr.events;

/** Topic and header names used across PSR. One topic per producing aggregate. */
public final class Topics {

	public static final String INCIDENT_EVENTS = "psr.incident.events";

	public static final String REGISTER_EVENTS = "psr.register.events";

	public static final String LETTER_EVENTS = "psr.letter.events";

	public static final String PARTNER_EVENTS = "psr.partner.events";

	/**
	 * Compacted marker topic (M2): key {@code team:reference}, value a {@link Marker}, a
	 * tombstone (null value) when the marker is removed.
	 */
	public static final String MARKERS = "psr.markers";

	/** Header naming the event type (the record's simple name). */
	public static final String TYPE_HEADER = "psr_event_type";

	/** Header carrying the event id, so consumers can deduplicate without parsing. */
	public static final String EVENT_ID_HEADER = "psr_event_id";

	private Topics() {
	}

}
