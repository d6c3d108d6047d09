package uk.gov.cheltenham.psr.register.customer;

/**
 * Contact details a service team reported as changed (I8); {@code null} means "not
 * changed".
 */
public record ReportedContactDetails(String address, String postcode, String phone, String email) {

}
