package uk.gov.cheltenham.psr.register.customer;

import java.util.UUID;

/**
 * Where customer details come from: incident-service's internal API. Never throws; the
 * answer says whether to store, give up or try again later.
 */
public interface CustomerSource {

	FetchOutcome fetch(UUID incidentId);

	/** The changed contact details a service team reported (I8). */
	FetchOutcome fetchContactDetails(UUID updateId);

	/** The answers a fetch can have. */
	sealed interface FetchOutcome {

	}

	/** The details, to store on the entry. */
	record Found(FetchedCustomer customer) implements FetchOutcome {
	}

	/** Changed contact details, to store on the entry's record (I8). */
	record ContactDetailsFound(ReportedContactDetails details) implements FetchOutcome {
	}

	/** The source does not know the incident: retrying will not help; the CRO looks. */
	record NotKnown() implements FetchOutcome {
	}

	/** The incident was deleted for good (R12). */
	record Gone() implements FetchOutcome {
	}

	/**
	 * The source could not answer now; {@code reason} names the failure's class, never
	 * its message.
	 */
	record Unavailable(String reason) implements FetchOutcome {
	}

}
