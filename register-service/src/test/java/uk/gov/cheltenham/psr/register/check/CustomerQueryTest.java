package uk.gov.cheltenham.psr.register.check;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerQueryTest {

	private static final List<String> ADDRESS = List.of("12 High Street", "Cheltenham", "GL50 1AA");

	@Test
	@DisplayName("R13: a name matches whatever its case, spacing and punctuation")
	void nameMatch() {
		assertThat(new CustomerQuery("  alex   EXAMPLE ", null).matches("Alex Example", List.of())).isTrue();
		assertThat(new CustomerQuery("Alex O'Example", null).matches("alex o example", List.of())).isTrue();
		assertThat(new CustomerQuery("Alex Exampleson", null).matches("Alex Example", ADDRESS)).isFalse();
	}

	@Test
	@DisplayName("R13: an address matches on a postcode or a house and street within the customer's address")
	void addressMatch() {
		assertThat(new CustomerQuery(null, "gl50 1aa").matches("Someone", ADDRESS)).isTrue();
		assertThat(new CustomerQuery(null, "12, Low Street").matches("Someone", ADDRESS)).isFalse();
		assertThat(new CustomerQuery(null, "12, High St.").matches("Someone", ADDRESS)).isTrue();
		assertThat(new CustomerQuery(null, "12 high street").matches("Someone", ADDRESS)).isTrue();
		assertThat(new CustomerQuery("Someone Else", "14 High Street").matches("Alex Example", ADDRESS)).isFalse();
	}

	@Test
	@DisplayName("R13: a check needs a name or an address, and an address long enough not to match half the register")
	void refusals() {
		assertThatThrownBy(() -> new CustomerQuery(" ", null)).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.rule()).isEqualTo("R13"));
		assertThatThrownBy(() -> new CustomerQuery(null, "12")).isInstanceOf(RuleViolation.class);
	}

	@Test
	@DisplayName("R13, D3: the audit keeps a hash of the query, the same for the same query, never the text")
	void hash() {
		String hash = new CustomerQuery("Alex Example", "GL50 1AA").hash();
		assertThat(hash).hasSize(64).doesNotContainIgnoringCase("alex").doesNotContainIgnoringCase("gl50");
		assertThat(new CustomerQuery("alex  example", "gl50 1aa").hash()).isEqualTo(hash);
		assertThat(new CustomerQuery("Alex Example", null).hash()).isNotEqualTo(hash);
	}

}
