package uk.gov.cheltenham.psr.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@PsrIntegrationTest
class PsrTestInfrastructureTest {

	@Autowired
	private Environment environment;

	@Test
	void pointsTheApplicationAtTheSharedInfrastructure() throws Exception {
		assertThat(this.environment.getActiveProfiles()).contains("test");
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(KafkaBroker.shared().bootstrapServers())
			.isEqualTo(this.environment.getProperty("spring.cloud.stream.kafka.binder.brokers"));
		assertThat(this.environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
		assertThat(this.environment.getProperty("spring.mail.port", Integer.class))
			.isEqualTo(MailServer.shared().smtpPort());
		assertThat(this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
			.isEqualTo(AuthServer.shared().jwkSetUri());
		assertThat(this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"))
			.isEqualTo("psr");
		assertThat(this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isNull();
		assertThat(this.environment.getProperty("psr.security.issuer")).isEqualTo(Tokens.shared().issuer());

		String url = this.environment.getProperty("spring.datasource.url");
		assertThat(url).endsWith("/infrastructure_test_app");
		try (Connection connection = DriverManager.getConnection(url,
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password"));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_database()")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("infrastructure_test_app");
		}
	}

	@SpringBootConfiguration
	static class TestApplication {

	}

}
