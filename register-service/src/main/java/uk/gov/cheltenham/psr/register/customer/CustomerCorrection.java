package uk.gov.cheltenham.psr.register.customer;

import java.time.LocalDate;
import java.util.List;

/** The customer record as the CRO knows it now (R2); {@code null} means not known. */
public record CustomerCorrection(String customerName, List<String> addressLines, String email, String phone,
		LocalDate dateOfBirth) {

}
