package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarkerChangedTest {

	@Test
	@DisplayName("M3: team and reference are trimmed")
	void trims() {
		MarkerChanged change = change(" housing ", " HSG-1 ");

		assertThat(change.team()).isEqualTo("housing");
		assertThat(change.reference()).isEqualTo("HSG-1");
	}

	@Test
	@DisplayName("M3: a reference with a line break is refused, so it cannot forge mail headers")
	void refusesControlCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> change("housing", "HSG-1\r\nBcc: someone@example.org"))
			.withMessageContaining("reference");
	}

	@Test
	@DisplayName("M3: a marker without team or reference is refused")
	void refusesBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> change(" ", "HSG-1")).withMessageContaining("team");
		assertThatIllegalArgumentException().isThrownBy(() -> change("housing", null))
			.withMessageContaining("reference");
		assertThatIllegalArgumentException().isThrownBy(() -> change("housing", "x".repeat(101)))
			.withMessageContaining("reference");
	}

	private static MarkerChanged change(String team, String reference) {
		return new MarkerChanged(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), team, reference,
				MarkerChange.ADDED);
	}

}
