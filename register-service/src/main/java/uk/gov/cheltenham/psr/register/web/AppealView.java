package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.appeal.Appeal;
import uk.gov.cheltenham.psr.register.appeal.AppealDecider;
import uk.gov.cheltenham.psr.register.appeal.AppealDecision;
import uk.gov.cheltenham.psr.register.appeal.AppealStatus;
import uk.gov.cheltenham.psr.register.appeal.LgscoOutcome;

/** An appeal; its version lets a decider say which state they decided on (R11). */
record AppealView(UUID id, long version, UUID entryId, LocalDate receivedOn, String grounds, String lodgedBy,
		LocalDate lodgedOn, AppealDecider decider, AppealStatus status, AppealDecision decision, String decisionReasons,
		String variation, String decidedBy, LocalDate decidedOn, LocalDate lgscoComplaintOn, String lgscoReference,
		LgscoOutcome lgscoOutcome, LocalDate lgscoOutcomeOn, String lgscoSummary) {

	static AppealView of(Appeal appeal) {
		return new AppealView(appeal.id(), appeal.version(), appeal.entryId(), appeal.receivedOn(), appeal.grounds(),
				appeal.lodgedBy(), appeal.lodgedOn(), appeal.decider(), appeal.status(), appeal.decision(),
				appeal.decisionReasons(), appeal.variation(), appeal.decidedBy(), appeal.decidedOn(),
				appeal.lgscoComplaintOn(), appeal.lgscoReference(), appeal.lgscoOutcome(), appeal.lgscoOutcomeOn(),
				appeal.lgscoSummary());
	}

}
