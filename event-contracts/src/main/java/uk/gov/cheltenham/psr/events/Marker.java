package uk.gov.cheltenham.psr.events;

/**
 * A register marker as team ICT systems see it on {@link Topics#MARKERS} (M1): "check the
 * register for your customer {@code reference}". Nothing else: no name, reason or
 * restriction.
 */
public record Marker(String team, String reference) {

	public String key() {
		return keyOf(team, reference);
	}

	public static String keyOf(String team, String reference) {
		return team + ":" + reference;
	}

}
