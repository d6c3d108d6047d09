package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * The raising team's justification for keeping an entry based on ongoing personal
 * circumstances, and whether the current restrictions are still the most appropriate (R9,
 * policy §4.7). Needed before such an entry can be kept at review.
 */
@Entity
@Table(name = "retention_justification")
public class RetentionJustification {

	@Id
	private UUID id;

	private UUID entryId;

	private String team;

	private String justification;

	private boolean restrictionsStillAppropriate;

	private String givenBy;

	private LocalDate givenOn;

	private UUID consideredInReview;

	protected RetentionJustification() {
		// for JPA
	}

	public static RetentionJustification give(UUID entryId, boolean basedOnPersonalCircumstances, String team,
			String justification, boolean restrictionsStillAppropriate, String givenBy, LocalDate today) {
		if (!basedOnPersonalCircumstances) {
			throw new RuleViolation("R9", "A team's justification is asked only for entries based on personal"
					+ " circumstances; other entries are kept on their incidents");
		}
		RetentionJustification given = new RetentionJustification();
		given.id = UUID.randomUUID();
		given.entryId = entryId;
		given.team = team;
		given.justification = justification;
		given.restrictionsStillAppropriate = restrictionsStillAppropriate;
		given.givenBy = givenBy;
		given.givenOn = today;
		return given;
	}

	/** Considered by this review; the next review needs a fresh one. */
	void consideredIn(UUID reviewId) {
		this.consideredInReview = reviewId;
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public String team() {
		return this.team;
	}

	public String justification() {
		return this.justification;
	}

	public boolean restrictionsStillAppropriate() {
		return this.restrictionsStillAppropriate;
	}

	public String givenBy() {
		return this.givenBy;
	}

	public LocalDate givenOn() {
		return this.givenOn;
	}

}
