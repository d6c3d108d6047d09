package uk.gov.cheltenham.psr.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A witness statement (I2): who witnessed it and what they say. */
record WitnessStatementRequest(@NotBlank @Size(max = 200) String witness,
		@NotBlank @Size(max = 20000) String statement) {
}
