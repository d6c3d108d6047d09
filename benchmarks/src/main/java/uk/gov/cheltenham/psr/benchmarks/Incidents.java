package uk.gov.cheltenham.psr.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fictitious incident reports and reviews, as the demo scenario sends them. */
final class Incidents {

	static final String TEAM = "bench";

	private Incidents() {
	}

	/**
	 * A report of a physical assault on the representative, with one customer reference
	 * of the benchmark team.
	 * @param reference the customer reference, unique per incident
	 * @return the request body
	 */
	static Map<String, Object> report(String reference) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("affectedPerson", "rep");
		body.put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		body.put("location", "Reception desk, Municipal Offices, 1 Example Square, Sampletown ZZ99 1ZZ");
		body.put("channel", "IN_PERSON");
		body.put("serviceArea", "Housing");
		body.put("incidentType", "PHYSICAL_ASSAULT");
		body.put("customerName", "Bench Placeholder (fictitious)");
		body.put("whatHappened", "The customer pushed the officer against the counter (benchmark, fictitious).");
		body.put("customerReferences", List.of(Map.of("team", TEAM, "reference", reference)));
		return body;
	}

	/** A manager's review opening a register entry, the warning stage bypassed. */
	static Map<String, Object> registerEntryReview() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", "REGISTER_ENTRY");
		body.put("warningBypassReason", "Physical assault: the warning stage does not apply (policy 4.4)");
		body.put("supportOffered", true);
		body.put("policeInformed", true);
		body.put("cctvRequested", false);
		return body;
	}

}
