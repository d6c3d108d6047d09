package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.restriction.RestrictionKind;

/** Domain events of an entry; messaging/ maps them to published contracts. */
public final class EntryEvents {

	private EntryEvents() {
	}

	public record Opened(UUID entryId, List<UUID> incidentIds, EntryBasis basis, Period restrictionPeriod,
			LocalDate expiresOn, LocalDate reviewDue, boolean approvalRequired) {
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

	/**
	 * Notice is withheld (R8): these requested letters, not yet sent, are held. Ids only.
	 */
	public record NoticeWithheld(UUID entryId, List<UUID> heldRequestIds) {
	}

	// ---- R4, R7 (restrictions, approval) ----

	/** The restrictions in force changed; only their kinds travel (D1). */
	public record RestrictionsSet(UUID entryId, List<RestrictionKind> kinds, boolean councilWide) {
	}

	/** A complex or sensitive entry was approved and takes effect (R7). */
	public record Approved(UUID entryId, String approverRole) {
	}

	/**
	 * A complex or sensitive entry was declined and never takes effect (R7); it is purged
	 * on {@code purgeDue} (R12). The reason stays in the register.
	 */
	public record Declined(UUID entryId, String declinerRole, LocalDate purgeDue) {
	}

	// ---- I6, I7, R2 (links and customer record) ----

	/** A reviewed repeat incident or breach joined this entry (I6, I7). */
	public record IncidentLinked(UUID entryId, UUID incidentId) {
	}

	// ---- end I6, I7, R2 ----

	public enum LetterKind {

		WARNING, RESTRICTION, EXTENSION, REMOVAL,
		/** R11: L5 and L6. */
		APPEAL_ACKNOWLEDGEMENT, APPEAL_OUTCOME

	}

}
