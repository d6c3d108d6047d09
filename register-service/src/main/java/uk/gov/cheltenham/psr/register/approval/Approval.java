package uk.gov.cheltenham.psr.register.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The recorded decision on a complex or sensitive entry (R7): who approved or declined
 * it, in which role, when, and why the Executive Director stood in.
 */
@Embeddable
public record Approval(@Column(name = "approved_by") String approvedBy,
		@Column(name = "approver_role") String approverRole, @Column(name = "approved_at") Instant approvedAt,
		@Enumerated(EnumType.STRING) @Column(name = "stand_in_reason") StandInReason standInReason,
		@Column(name = "stand_in_note") String standInNote) {

	public static Approval by(Approver approver, Instant at) {
		return new Approval(approver.subject(), approver.role(), at, approver.standInReason(), approver.note());
	}

}
