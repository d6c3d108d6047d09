package uk.gov.cheltenham.psr.register.governance;

import java.time.LocalDate;

/**
 * A restriction period extended (R3), as reported to the Group: when, and to what expiry.
 */
public record ReportedExtension(LocalDate extendedOn, LocalDate expiresOn) {
}
