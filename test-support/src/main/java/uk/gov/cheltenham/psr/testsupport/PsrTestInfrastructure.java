package uk.gov.cheltenham.psr.testsupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the JVM-wide real infrastructure: PostgreSQL,
 * Kafka, SMTP and the token server, all started once per JVM (in parallel, on first use).
 * The properties it adds win over every other source.
 * <p>
 * Each application gets its own database, named after {@code spring.application.name}.
 * The issuer is given as {@code psr.security.issuer} rather than
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, which would make the
 * service fetch discovery metadata at startup.
 */
public class PsrTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Name of the property source this initializer adds. */
	public static final String PROPERTY_SOURCE_NAME = "psrTestInfrastructure";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Infrastructure infrastructure = Infrastructure.get();
		String database = databaseName(environment.getProperty("spring.application.name", "psr"));
		infrastructure.postgres().createDatabase(database);
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties(infrastructure, database)));
	}

	/**
	 * The properties that point an application at the shared infrastructure.
	 * @param database the application's database, which must exist
	 * @return the properties
	 */
	public static Map<String, Object> properties(String database) {
		return properties(Infrastructure.get(), database);
	}

	private static Map<String, Object> properties(Infrastructure infrastructure, String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		Postgres postgres = infrastructure.postgres();
		properties.put("spring.datasource.url", postgres.jdbcUrl(database));
		properties.put("spring.datasource.username", postgres.username());
		properties.put("spring.datasource.password", postgres.password());
		String brokers = infrastructure.kafka().bootstrapServers();
		properties.put("spring.cloud.stream.kafka.binder.brokers", brokers);
		properties.put("spring.kafka.bootstrap-servers", brokers);
		properties.put("spring.mail.host", infrastructure.mail().host());
		properties.put("spring.mail.port", infrastructure.mail().smtpPort());
		AuthServer auth = infrastructure.auth();
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", auth.jwkSetUri());
		properties.put("spring.security.oauth2.resourceserver.jwt.audiences", Tokens.AUDIENCE);
		properties.put("psr.security.issuer", auth.issuer());
		properties.put("psr.security.token-uri", auth.tokenUri());
		return properties;
	}

	/**
	 * A PostgreSQL database name for an application name: lower case, anything but
	 * letters, digits and {@code _} turned into {@code _}.
	 * @param applicationName the application name
	 * @return the database name
	 */
	static String databaseName(String applicationName) {
		String name = applicationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		return (name.length() > 63) ? name.substring(0, 63) : name;
	}

	private record Infrastructure(Postgres postgres, KafkaBroker kafka, MailServer mail, AuthServer auth) {

		private static volatile Infrastructure instance;

		static Infrastructure get() {
			Infrastructure current = instance;
			if (current != null) {
				return current;
			}
			synchronized (Infrastructure.class) {
				if (instance == null) {
					instance = startAll();
				}
				return instance;
			}
		}

		private static Infrastructure startAll() {
			// the broker and PostgreSQL take seconds each, so start them side by side
			CompletableFuture<Postgres> postgres = CompletableFuture.supplyAsync(Postgres::shared);
			CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(KafkaBroker::shared);
			CompletableFuture<MailServer> mail = CompletableFuture.supplyAsync(MailServer::shared);
			CompletableFuture<AuthServer> auth = CompletableFuture.supplyAsync(AuthServer::shared);
			try {
				return new Infrastructure(postgres.join(), kafka.join(), mail.join(), auth.join());
			}
			catch (CompletionException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException("Could not start the test infrastructure", cause);
			}
		}

	}

}
