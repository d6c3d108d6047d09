package uk.gov.cheltenham.psr.incident.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;

/** A manager's review (I10). */
record ReviewRequest(@Schema(example = "REGISTER_ENTRY") @NotNull ReviewOutcome outcome,
		@Schema(description = "needed to go straight to a register entry (violence or a serious threat only)",
				example = "Threat to kill an officer") @Size(max = 2000) String warningBypassReason,
		@Schema(example = "true") boolean supportOffered, @Schema(example = "true") boolean policeInformed,
		@Schema(example = "false") boolean cctvRequested) {

	ReviewDecision toDecision() {
		return new ReviewDecision(this.outcome, this.warningBypassReason, this.supportOffered, this.policeInformed,
				this.cctvRequested);
	}

}
