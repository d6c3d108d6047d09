package uk.gov.cheltenham.psr.incident;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import uk.gov.cheltenham.psr.testsupport.AuthorizationMatrixCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D2: every endpoint answers every role exactly as {@code psr/authorization.tsv} says.
 */
@IncidentServiceTest
class AuthorizationMatrixIT {

	@Value("${local.server.port}")
	int port;

	@Test
	@DisplayName("D2: every endpoint is in the matrix and allows exactly the roles it lists")
	void matrixEnforced() {
		assertThat(AuthorizationMatrixCheck.verify(this.port)).isPositive();
	}

}
