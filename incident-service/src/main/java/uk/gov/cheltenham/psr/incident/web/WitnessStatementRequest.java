package uk.gov.cheltenham.psr.incident.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A witness statement (I2): who witnessed it and what they say. */
record WitnessStatementRequest(@Schema(example = "officer-witness") @NotBlank @Size(max = 200) String witness,
		@Schema(example = "I was at the next desk and heard the customer threaten my colleague") @NotBlank @Size(
				max = 20000) String statement) {
}
