package uk.gov.cheltenham.psr.register.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * "Is this person or address on the register?" (R13). Names match when they are the same
 * apart from case, spacing and punctuation; an address matches when the customer's
 * address contains the one asked about, so a postcode or "12 High Street" is enough.
 * Either matching is a match: a visit to the address is as much at risk as one to the
 * person.
 */
public record CustomerQuery(String name, String address) {

	/** Shorter address queries would match half the register. */
	static final int MIN_ADDRESS_LENGTH = 5;

	public CustomerQuery {
		name = normalise(name);
		address = normalise(address);
		if (name.isEmpty() && address.isEmpty()) {
			throw new RuleViolation("R13", "A check needs a name or an address");
		}
		if (!address.isEmpty() && address.replace(" ", "").length() < MIN_ADDRESS_LENGTH) {
			throw new RuleViolation("R13", "An address needs at least " + MIN_ADDRESS_LENGTH
					+ " letters or digits, such as a postcode or a house and street");
		}
	}

	public boolean matches(String customerName, List<String> addressLines) {
		boolean sameName = !this.name.isEmpty() && this.name.equals(normalise(customerName));
		boolean atAddress = !this.address.isEmpty() && normalise(String.join(" ", addressLines)).contains(this.address);
		return sameName || atAddress;
	}

	/** A SHA-256 of the normalised query: the audit can tell repeats, not the text. */
	public String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((this.name + "|" + this.address).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
