package uk.gov.cheltenham.psr.register.sar;

import java.time.Instant;

/**
 * How the last attempt to gather one part went.
 *
 * @param source the part
 * @param gathered whether it is held now
 * @param problem why not, e.g. "letters-service could not be reached" (never content)
 * @param attemptedAt when
 */
public record PartState(PartSource source, boolean gathered, String problem, Instant attemptedAt) {

}
