package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A marker was set or withdrawn for one team's customer reference: all this service
 * learns about the customer (M1).
 *
 * @throws IllegalArgumentException if the team or reference is blank, too long or holds
 * control characters (which could forge mail headers)
 */
public record MarkerChanged(UUID eventId, Instant occurredAt, UUID entryId, String team, String reference,
		MarkerChange change) {

	static final int MAX_LENGTH = 100;

	public MarkerChanged {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(change, "change");
		team = checked("team", team);
		reference = checked("reference", reference);
	}

	private static String checked(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is missing");
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(name + " is longer than " + MAX_LENGTH + " characters");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(name + " holds control characters");
		}
		return stripped;
	}

}
