package uk.gov.cheltenham.psr.register.governance;

import java.util.UUID;

/**
 * Something for the agenda: its kind, its entry and the thing itself (review, appeal…).
 */
public record AgendaCandidate(AgendaItemKind kind, UUID entryId, UUID subjectId) {
}
