package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** Domain events of an entry; messaging/ maps them to published contracts. */
public final class EntryEvents {

	private EntryEvents() {
	}

	public record Opened(UUID entryId, List<UUID> incidentIds, EntryBasis basis, Period restrictionPeriod,
			LocalDate expiresOn, LocalDate reviewDue) {
	}

	public record MarkerSet(UUID entryId, TeamReference reference) {
	}

	public record MarkerWithdrawn(UUID entryId, TeamReference reference) {
	}

	public record Extended(UUID entryId, LocalDate expiresOn, LocalDate reviewDue) {
	}

	public record Removed(UUID entryId, LocalDate purgeDue) {
	}

	/**
	 * Carries only what the anonymous counts keep: the basis and the month of removal.
	 */
	public record Purged(UUID entryId, EntryBasis basis, LocalDate removedInMonth) {
	}

	public record LetterRequested(UUID entryId, UUID requestId, LetterKind kind) {
	}

	public enum LetterKind {

		WARNING, RESTRICTION, EXTENSION, REMOVAL,
		/** R11: L5 and L6. */
		APPEAL_ACKNOWLEDGEMENT, APPEAL_OUTCOME

	}

}
