package uk.gov.cheltenham.psr.register.entry;

import java.time.Period;

/**
 * Why the customer is on the register: a warning letter, or an entry with restrictions.
 */
public enum EntryBasis {

	/** A warning letter keeps the customer on the register for 6 months (R3). */
	WARNING_LETTER, REGISTER_ENTRY;

	static final Period WARNING_PERIOD = Period.ofMonths(6);

}
