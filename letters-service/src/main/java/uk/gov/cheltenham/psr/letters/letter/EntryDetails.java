package uk.gov.cheltenham.psr.letters.letter;

import java.util.Objects;
import java.util.Optional;

/**
 * What the register says about an entry at the moment a letter is rendered: the facts the
 * letter states (the register's part of them), where an email can go, who signs (R7), and
 * whether the case needs approval before the letter is sent (L7). Held in memory only;
 * never stored (R12).
 */
public record EntryDetails(LetterFacts facts, String email, StaffRole signatoryRole, boolean complexOrSensitive) {

	public EntryDetails {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(signatoryRole, "signatoryRole");
	}

	/** The address to email the letter to, or empty when it must go by post. */
	public Optional<String> emailAddress() {
		return (this.email != null && !this.email.isBlank()) ? Optional.of(this.email.strip()) : Optional.empty();
	}

	public DeliveryChannel channel() {
		return emailAddress().isPresent() ? DeliveryChannel.EMAIL : DeliveryChannel.POST;
	}

}
