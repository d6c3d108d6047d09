package uk.gov.cheltenham.psr.platform.client;

/**
 * The other service answered 410: the record existed and has been deleted for good (R12).
 * Trying again will not help.
 */
public class RecordGone extends RuntimeException {

	public RecordGone(String what) {
		super(what + " has been deleted");
	}

}
