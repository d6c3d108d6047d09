package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.EntryStatus;

record EntryView(UUID id, EntryBasis basis, EntryStatus status, LocalDate openedOn, String restrictionPeriod,
		LocalDate expiresOn, LocalDate reviewDue, Set<UUID> incidentIds, LocalDate removalDecidedOn, LocalDate purgeDue,
		String periodReason,
		// R4–R8
		DecisionViews.RestrictionsView restrictions, DecisionViews.ApprovalView approval,
		DecisionViews.NoticeView notice,
		// R9, R11
		LocalDate lastReviewedOn, boolean appealInProgress) {

	static EntryView of(Entry entry) {
		return new EntryView(entry.id(), entry.basis(), entry.status(), entry.openedOn(),
				entry.restrictionPeriod().toString(), entry.expiresOn(), entry.reviewDue(), entry.incidentIds(),
				entry.removalDecidedOn(), entry.purgeDue(), entry.periodReason(),
				// R4–R8
				DecisionViews.RestrictionsView.of(entry), DecisionViews.ApprovalView.of(entry),
				DecisionViews.NoticeView.of(entry),
				// R9, R11
				entry.lastReviewedOn(), entry.appealInProgress());
	}

}
