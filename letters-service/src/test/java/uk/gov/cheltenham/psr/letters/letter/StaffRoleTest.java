package uk.gov.cheltenham.psr.letters.letter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRoleTest {

	@Test
	@DisplayName("L7, R7: the CSSM and the Executive Director are the only signatories")
	void signatories() {
		assertThat(StaffRole.values()).filteredOn(StaffRole::maySignLetters)
			.containsExactlyInAnyOrder(StaffRole.CSSM, StaffRole.EXECUTIVE_DIRECTOR);
	}

}
