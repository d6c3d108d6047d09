package uk.gov.cheltenham.psr.platform.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.FreePorts;
import uk.gov.cheltenham.psr.testsupport.Postgres;
import uk.gov.cheltenham.psr.testsupport.PsrTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** A service started before its database waits for it instead of crashing. */
class DatabaseOutageIT {

	@Test
	@DisplayName("a service whose database is not up yet keeps retrying, then starts and reports UP when it comes")
	void waitsForItsDatabase(@TempDir Path dataDir) throws Exception {
		int databasePort = FreePorts.find();
		List<String> args = new ArrayList<>();
		Map<String, Object> infrastructure = PsrTestInfrastructure.properties("postgres");
		infrastructure.forEach((name, value) -> {
			if (!name.startsWith("spring.datasource.")) {
				args.add("--" + name + "=" + value);
			}
		});
		args.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/late");
		args.add("--spring.datasource.username=postgres");
		args.add("--spring.datasource.password=postgres");
		args.add("--spring.flyway.connect-retries-interval=1s");
		args.add("--server.port=0");
		args.add("--spring.profiles.active=test");
		args.add("--spring.application.name=platform-late");

		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(SampleApplication.class).run(args.toArray(String[]::new)));
		Thread.sleep(Duration.ofSeconds(8).toMillis());
		assertThat(starting).as("still waiting for its database, not crashed").isNotDone();

		Postgres database = Postgres.start(dataDir, databasePort);
		try {
			database.createDatabase("late");
			try (ConfigurableApplicationContext context = starting.get(180, TimeUnit.SECONDS)) {
				int port = context.getEnvironment().getProperty("local.server.port", Integer.class);
				assertThat(ApiClient.local(port).get("/actuator/health/readiness", null).status()).isEqualTo(200);
			}
		}
		finally {
			database.stop();
		}
	}

}
