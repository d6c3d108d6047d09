package uk.gov.cheltenham.psr.register.notice;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeWithholdingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	@DisplayName("R8: withholding notice needs a reason and a re-check date after today, at most one month ahead")
	void reasonAndRecheckWithinAMonth() {
		assertRefused(null, TODAY.plusDays(7));
		assertRefused(" ", TODAY.plusDays(7));
		assertRefused("police investigation", null);
		assertRefused("police investigation", TODAY);
		assertRefused("police investigation", LocalDate.of(2026, 12, 29));
		NoticeWithholding withheld = NoticeWithholding.decide("police investigation", LocalDate.of(2026, 12, 28),
				"cro-1", TODAY);
		assertThat(withheld.decidedOn()).isEqualTo(TODAY);
		assertThat(withheld.recheckDueOn(LocalDate.of(2026, 12, 27))).isFalse();
		assertThat(withheld.recheckDueOn(LocalDate.of(2026, 12, 28))).isTrue();
	}

	private static void assertRefused(String reason, LocalDate recheckOn) {
		assertThatThrownBy(() -> NoticeWithholding.decide(reason, recheckOn, "cro-1", TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R8"));
	}

}
