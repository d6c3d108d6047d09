package uk.gov.cheltenham.psr.register.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.approval.ApprovalState;
import uk.gov.cheltenham.psr.register.approval.StandInReason;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.EntryLetter;
import uk.gov.cheltenham.psr.register.notice.NoticeDecision;
import uk.gov.cheltenham.psr.register.notice.NoticeWithholding;
import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/** The parts of {@link EntryView} about restrictions, approval and notice (R4–R8). */
final class DecisionViews {

	private DecisionViews() {
	}

	record RestrictionsView(List<Restriction> inForce, String appliedBy, Instant appliedAt, List<Restriction> proposed,
			String proposedBy, Instant proposedAt, ComplaintCheck complaintCheck,
			ReasonableAdjustments reasonableAdjustments) {

		static RestrictionsView of(Entry entry) {
			return new RestrictionsView(entry.restrictions(), entry.restrictionsAppliedBy(),
					entry.restrictionsAppliedAt(), entry.proposedRestrictions(), entry.restrictionsProposedBy(),
					entry.restrictionsProposedAt(), entry.complaintCheck(), entry.reasonableAdjustments());
		}

	}

	/**
	 * {@code approvedBy}, {@code approverRole} and {@code approvedAt} name who decided,
	 * also for a DECLINED entry, with its {@code declinedReason}.
	 */
	record ApprovalView(ApprovalState state, boolean cssmIsTarget, String approvedBy, String approverRole,
			Instant approvedAt, StandInReason standInReason, String standInNote, String declinedReason,
			LocalDate declinedOn) {

		static ApprovalView of(Entry entry) {
			return (entry.approval() != null)
					? new ApprovalView(entry.approvalState(), entry.cssmIsTarget(), entry.approval().approvedBy(),
							entry.approval().approverRole(), entry.approval().approvedAt(),
							entry.approval().standInReason(), entry.approval().standInNote(), entry.declinedReason(),
							entry.declinedOn())
					: new ApprovalView(entry.approvalState(), entry.cssmIsTarget(), null, null, null, null, null, null,
							null);
		}

	}

	record NoticeView(NoticeWithholding withheld, List<LetterView> letters, List<NoticeDecision> decisions) {

		static NoticeView of(Entry entry) {
			return new NoticeView(entry.noticeWithholding(), entry.letters().stream().map(LetterView::of).toList(),
					entry.noticeDecisions());
		}

	}

	record LetterView(UUID requestId, EntryEvents.LetterKind kind, EntryLetter.Status status, LocalDate owedOn,
			LocalDate informBy, LocalDate requestedOn, LocalDate sentOn) {

		static LetterView of(EntryLetter letter) {
			return new LetterView(letter.requestId(), letter.kind(), letter.status(), letter.owedOn(),
					letter.informBy(), letter.requestedOn(), letter.sentOn());
		}

	}

}
