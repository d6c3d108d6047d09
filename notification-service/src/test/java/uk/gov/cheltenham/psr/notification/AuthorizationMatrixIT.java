package uk.gov.cheltenham.psr.notification;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import uk.gov.cheltenham.psr.testsupport.AuthorizationMatrixCheck;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D2: every endpoint answers every role exactly as {@code psr/authorization.tsv} says.
 */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class AuthorizationMatrixIT {

	@Value("${local.server.port}")
	int port;

	@Test
	@DisplayName("D2: every endpoint is in the matrix and allows exactly the roles it lists")
	void matrixEnforced() {
		assertThat(AuthorizationMatrixCheck.verify(this.port)).isPositive();
	}

}
