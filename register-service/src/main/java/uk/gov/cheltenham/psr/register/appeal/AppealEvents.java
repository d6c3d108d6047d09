package uk.gov.cheltenham.psr.register.appeal;

import java.util.UUID;

/** Domain events of appeals; messaging/ maps them to published contracts. */
public final class AppealEvents {

	private AppealEvents() {
	}

	public record Lodged(UUID entryId, UUID appealId) {
	}

	public record Decided(UUID entryId, UUID appealId, AppealDecision decision) {
	}

}
