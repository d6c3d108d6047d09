package uk.gov.cheltenham.psr.register.internal;

import java.util.UUID;

/** The entry existed and has been purged for good (R12). */
public class EntryGone extends RuntimeException {

	public EntryGone(UUID entryId) {
		super("Entry " + entryId + " has been purged");
	}

}
