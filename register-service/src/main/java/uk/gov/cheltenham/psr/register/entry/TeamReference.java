package uk.gov.cheltenham.psr.register.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A customer's reference in one team's system; a marker is set per reference (M1). */
@Embeddable
public record TeamReference(@Column(name = "team") String team, @Column(name = "reference") String reference) {
}
