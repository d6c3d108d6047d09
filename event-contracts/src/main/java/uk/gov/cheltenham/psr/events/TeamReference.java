package uk.gov.cheltenham.psr.events;

/** A customer's reference in one team's own ICT system (R2), used to address markers. */
public record TeamReference(String team, String reference) {
}
