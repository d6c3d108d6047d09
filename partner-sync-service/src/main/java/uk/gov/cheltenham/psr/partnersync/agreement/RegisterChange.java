package uk.gov.cheltenham.psr.partnersync.agreement;

import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.CAUTIONS;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.ENTRY_ID;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.EXPIRES_ON;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.NOTES;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.PURGE_DUE;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.RESTRICTIONS;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.RESTRICTION_PERIOD;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.REVIEW_DUE;
import static uk.gov.cheltenham.psr.partnersync.agreement.RegisterField.STATUS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A change to the register that a data-sharing agreement may cover, named as the
 * register's event type, with every field the change concerns. What is disclosed is only
 * the part of these fields that the agreement allows.
 */
public enum RegisterChange {

	/** A new entry in force: the whole entry concerns the partner. */
	ENTRY_OPENED("EntryOpened", EnumSet.allOf(RegisterField.class)),

	ENTRY_EXTENDED("EntryExtended",
			EnumSet.of(ENTRY_ID, RESTRICTIONS, RESTRICTION_PERIOD, EXPIRES_ON, REVIEW_DUE, STATUS)),

	ENTRY_REVIEWED("EntryReviewed", EnumSet.of(ENTRY_ID, RESTRICTIONS, CAUTIONS, EXPIRES_ON, REVIEW_DUE, STATUS)),

	APPEAL_LODGED("AppealLodged", EnumSet.of(ENTRY_ID, STATUS, NOTES)),

	APPEAL_DECIDED("AppealDecided",
			EnumSet.of(ENTRY_ID, RESTRICTIONS, CAUTIONS, EXPIRES_ON, REVIEW_DUE, STATUS, NOTES)),

	ENTRY_REMOVED("EntryRemoved", EnumSet.of(ENTRY_ID, STATUS, PURGE_DUE)),

	/** Deleted for good (R12): nothing is left to tell but which entry it was. */
	ENTRY_PURGED("EntryPurged", EnumSet.of(ENTRY_ID));

	private final String eventType;

	private final Set<RegisterField> concerns;

	RegisterChange(String eventType, Set<RegisterField> concerns) {
		this.eventType = eventType;
		this.concerns = concerns;
	}

	/** The register's event type announcing this change, e.g. {@code EntryOpened}. */
	public String eventType() {
		return this.eventType;
	}

	/** Every field this change concerns, allowed or not. */
	public Set<RegisterField> concerns() {
		return EnumSet.copyOf(this.concerns);
	}

	public static Optional<RegisterChange> byEventType(String eventType) {
		return Arrays.stream(values()).filter((change) -> change.eventType.equals(eventType)).findFirst();
	}

}
