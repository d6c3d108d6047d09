package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.governance.AgendaItem;
import uk.gov.cheltenham.psr.register.governance.AgendaItemKind;
import uk.gov.cheltenham.psr.register.governance.AgendaLine;
import uk.gov.cheltenham.psr.register.governance.GovernanceDecision;
import uk.gov.cheltenham.psr.register.governance.GovernanceMeeting;
import uk.gov.cheltenham.psr.register.governance.ReportedExtension;

/**
 * A Governance Group meeting and, where asked for, its agenda with the evidence (R10).
 */
record MeetingView(UUID id, LocalDate meetingOn, String quarter, String scheduledBy, LocalDate agendaCompiledOn,
		int items, int undecided, List<ItemView> agenda) {

	static MeetingView summary(GovernanceMeeting meeting) {
		return of(meeting, null);
	}

	static MeetingView of(GovernanceMeeting meeting, List<AgendaLine> agenda) {
		List<AgendaItem> items = meeting.items();
		return new MeetingView(meeting.id(), meeting.meetingOn(), meeting.quarter(), meeting.scheduledBy(),
				meeting.agendaCompiledOn(), items.size(), (int) items.stream().filter((i) -> !i.isDecided()).count(),
				(agenda != null) ? agenda.stream().map(ItemView::of).toList() : null);
	}

	record ItemView(UUID id, AgendaItemKind kind, boolean forDecision, UUID entryId, UUID subjectId,
			GovernanceDecision decision, String minute, String decidedBy, LocalDate decidedOn, ReviewView review,
			EvidenceView evidence, AppealView appeal, ReportedExtension extension) {

		static ItemView of(AgendaItem item) {
			return of(new AgendaLine(item, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		}

		static ItemView of(AgendaLine line) {
			AgendaItem item = line.item();
			return new ItemView(item.id(), item.kind(), item.kind().isDecided(), item.entryId(), item.subjectId(),
					item.decision(), item.minute(), item.decidedBy(), item.decidedOn(),
					line.review().map(ReviewView::of).orElse(null), line.evidence().map(EvidenceView::of).orElse(null),
					line.appeal().map(AppealView::of).orElse(null), line.extension().orElse(null));
		}

	}

}
