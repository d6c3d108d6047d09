package uk.gov.cheltenham.psr.incident.report;

/**
 * The result of submitting a report: the incident, and whether it was stored by an
 * earlier call with the same Idempotency-Key (a replay).
 */
public record Submitted(Incident incident, boolean replayed) {
}
