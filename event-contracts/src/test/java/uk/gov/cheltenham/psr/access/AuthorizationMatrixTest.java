package uk.gov.cheltenham.psr.access;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationMatrixTest {

	@Test
	@DisplayName("D2: a matrix reads method, path, roles and, for internal APIs, the services allowed")
	void reads() {
		AuthorizationMatrix matrix = AuthorizationMatrix.parse("""
				# method	path	roles	clients
				POST	/api/incidents	REPRESENTATIVE, MANAGER,CRO

				GET	/internal/incidents/{id}/customer	SERVICE	register-service
				""");
		assertThat(matrix.rules()).hasSize(2);
		assertThat(matrix.rules().get(0).roles()).isEqualTo(Set.of("REPRESENTATIVE", "MANAGER", "CRO"));
		assertThat(matrix.rules().get(1).clients()).containsExactly("register-service");
		assertThat(matrix.rules().get(1).endpoint()).isEqualTo("GET /internal/incidents/{id}/customer");
	}

	@Test
	@DisplayName("D2: a typo cannot open or close an endpoint silently: bad lines are refused with their number")
	void refusesMistakes() {
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/api/x\tCR0")).hasMessageContaining("line 1")
			.hasMessageContaining("unknown role CR0");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("FETCH\t/api/x\tCRO")).hasMessageContaining("method");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/api/x\tCRO\nGET\t/api/x\tCSSM"))
			.hasMessageContaining("line 2")
			.hasMessageContaining("twice");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/internal/x\tSERVICE"))
			.hasMessageContaining("name the services");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/internal/x\tCRO\tregister-service"))
			.hasMessageContaining("SERVICE alone");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/api/x\tSERVICE"))
			.hasMessageContaining("SERVICE alone");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/api/x\tCRO\tregister-service"))
			.hasMessageContaining("internal APIs only");
		assertThatThrownBy(() -> AuthorizationMatrix.parse("GET\t/actuator/env\tCRO"))
			.hasMessageContaining("only /api");
	}

}
