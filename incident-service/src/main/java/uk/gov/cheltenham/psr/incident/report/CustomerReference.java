package uk.gov.cheltenham.psr.incident.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer's reference in one team's own system; markers are addressed by it (M2).
 */
@Embeddable
public record CustomerReference(@Column(name = "team") String team, @Column(name = "reference") String reference) {
}
