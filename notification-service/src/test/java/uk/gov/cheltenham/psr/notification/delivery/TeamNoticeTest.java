package uk.gov.cheltenham.psr.notification.delivery;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamNoticeTest {

	@Test
	@DisplayName("M3: a team is told its customer reference was added, and nothing else (D1)")
	void added() {
		TeamNotice notice = TeamNotice.of(MarkerChange.ADDED, "housing", "HSG-000123");

		assertThat(notice.subject()).isEqualTo("Personal Safety Register: customer HSG-000123 added");
		assertThat(notice.body()).isEqualTo("Customer reference HSG-000123 in your housing system has been added to "
				+ "the Personal Safety Register. Please consult the register before contact. "
				+ "Do not copy register details into your system.");
	}

	@Test
	@DisplayName("M3: a team is told its customer reference was removed, and nothing else (D1)")
	void removed() {
		TeamNotice notice = TeamNotice.of(MarkerChange.REMOVED, "housing", "HSG-000123");

		assertThat(notice.subject()).isEqualTo("Personal Safety Register: customer HSG-000123 removed");
		assertThat(notice.body()).isEqualTo("Customer reference HSG-000123 in your housing system has been removed "
				+ "from the Personal Safety Register. Please consult the register before contact. "
				+ "Do not copy register details into your system.");
	}

}
