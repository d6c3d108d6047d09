package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.review.ContactKind;
import uk.gov.cheltenham.psr.register.review.OverdueReview;
import uk.gov.cheltenham.psr.register.review.ReviewOutcome;
import uk.gov.cheltenham.psr.register.review.Reviews;

/**
 * Reviews of entries (R9): evidence recorded by staff, the evidence pack, the CRO's
 * review, and overdue reviews.
 */
@RestController
@RequestMapping("/api")
@Validated
class ReviewController {

	private final Reviews reviews;

	private final EntryReads reads;

	ReviewController(Reviews reviews, EntryReads reads) {
		this.reviews = reviews;
		this.reads = reads;
	}

	/**
	 * A positive or neutral contact with the customer, for the next review. Staff record
	 * it and see only what they recorded.
	 */
	@PostMapping("/entries/{id}/contacts")
	@PreAuthorize("hasAnyRole('CRO', 'MANAGER', 'REPRESENTATIVE')")
	@ResponseStatus(HttpStatus.CREATED)
	ContactView recordContact(@PathVariable UUID id, @Valid @RequestBody ContactRequest contact,
			@AuthenticationPrincipal Jwt caller) {
		return ContactView.of(this.reviews.recordContact(id, contact.contactOn(), contact.team(), contact.kind(),
				contact.note(), caller.getSubject()));
	}

	/**
	 * The raising team's justification for keeping an entry based on personal
	 * circumstances.
	 */
	@PostMapping("/entries/{id}/retention-justification")
	@PreAuthorize("hasAnyRole('CRO', 'MANAGER')")
	@ResponseStatus(HttpStatus.CREATED)
	JustificationView giveJustification(@PathVariable UUID id, @Valid @RequestBody JustificationRequest given,
			@AuthenticationPrincipal Jwt caller) {
		return JustificationView.of(this.reviews.giveJustification(id, given.team(), given.justification(),
				given.restrictionsStillAppropriate(), caller.getSubject()));
	}

	@GetMapping("/entries/{id}/review-evidence")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'GOVERNANCE')")
	EvidenceView evidence(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		EvidenceView evidence = EvidenceView.of(this.reviews.evidence(id));
		this.reads.record(id, caller, "review");
		return evidence;
	}

	@PostMapping("/entries/{id}/reviews")
	@PreAuthorize("hasRole('CRO')")
	@ResponseStatus(HttpStatus.CREATED)
	ReviewView recordReview(@PathVariable UUID id, @Valid @RequestBody ReviewRequest review,
			@AuthenticationPrincipal Jwt caller) {
		return ReviewView.of(this.reviews.record(id, review.outcome(), review.reasons(), review.nextReviewDue(),
				RestrictionRequest.toRestrictions(review.restrictions()), caller.getSubject()));
	}

	@GetMapping("/entries/{id}/reviews")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'GOVERNANCE')")
	List<ReviewView> reviewsOf(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		List<ReviewView> reviews = this.reviews.reviewsOf(id).stream().map(ReviewView::of).toList();
		this.reads.record(id, caller, "review");
		return reviews;
	}

	/** Overdue reviews, the longest overdue first, with when each was escalated. */
	@GetMapping("/reviews/overdue")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'GOVERNANCE')")
	List<OverdueReview> overdue() {
		return this.reviews.overdue();
	}

	record ContactRequest(@NotNull LocalDate contactOn, @NotBlank @Size(max = 100) String team,
			@NotNull ContactKind kind, @NotBlank @Size(max = 1000) String note) {
	}

	record JustificationRequest(@NotBlank @Size(max = 100) String team,
			@NotBlank @Size(max = 2000) String justification, boolean restrictionsStillAppropriate) {
	}

	/**
	 * {@code restrictions}: for a VARY outcome, the restrictions it puts in force once
	 * Governance approves it (in the shape the restriction endpoint takes; empty lifts
	 * them all); absent leaves them as they are.
	 */
	record ReviewRequest(@NotNull ReviewOutcome outcome, @NotBlank @Size(max = 2000) String reasons,
			@NotNull LocalDate nextReviewDue, @Size(max = 20) List<@NotNull @Valid RestrictionRequest> restrictions) {
	}

}
