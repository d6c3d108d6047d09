package uk.gov.cheltenham.psr.systemtests.compose;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import uk.gov.cheltenham.psr.localstack.ServiceDefinition;
import uk.gov.cheltenham.psr.systemtests.RepositoryRoot;

/**
 * No Docker engine is needed to catch most ways a compose file goes wrong: this parses
 * {@code docker-compose.yml} and checks it against what the services actually read (the
 * {@code ${PSR_...}} placeholders of their {@code application.yml}), the Dockerfile, the
 * PostgreSQL init script and the Keycloak realm. A service that starts reading a new
 * variable fails here until the compose file passes it.
 */
@DisplayName("docker-compose.yml: the production-like stack matches what the services read")
class ComposeFileTest {

	/** The five services and their {@code PSR_PORT} (ARCHITECTURE.md, README). */
	private static final Map<String, Integer> SERVICE_PORTS = orderedPorts();

	private static final List<String> INFRASTRUCTURE = List.of("kafka", "postgres", "mail", "keycloak");

	/** What every service needs healthy before it starts. */
	private static final List<String> REQUIRED_DEPENDENCIES = List.of("kafka", "postgres", "keycloak");

	/** The roles of DOMAIN.md, as the {@code roles} claim carries them. */
	private static final List<String> ROLES = List.of("REPRESENTATIVE", "MANAGER", "CRO", "CSSM", "EXECUTIVE_DIRECTOR",
			"CHIEF_EXECUTIVE", "GOVERNANCE", "DEMOCRATIC_SERVICES", "CBH_PARTNER", "TEAM_SYSTEM", "SERVICE");

	/** Spring placeholder: {@code ${PSR_NAME}} or {@code ${PSR_NAME:default}}. */
	private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{(PSR_[A-Z0-9_]+)(?::([^}]*))?}");

	/**
	 * Compose interpolation: {@code ${VAR}}, {@code ${VAR:-default}},
	 * {@code ${VAR-default}}.
	 */
	private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

	/** Keycloak's placeholders in an imported realm file: {@code ${NAME}}. */
	private static final Pattern REALM_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");

	private static Path root;

	private static Map<String, Object> services;

	@BeforeAll
	static void loadComposeFile() throws IOException {
		root = repositoryRoot();
		Path composeFile = root.resolve("docker-compose.yml");
		assertThat(composeFile).as("docker-compose.yml at the repository root").isRegularFile();
		Map<String, Object> compose = new Yaml().load(Files.readString(composeFile));
		services = map(compose.get("services"), "services");
	}

	static Stream<String> psrServices() {
		return SERVICE_PORTS.keySet().stream();
	}

	@Test
	@DisplayName("the five services, kafka, postgres, mail and keycloak are all in the stack")
	void everyPartOfTheStackIsPresent() {
		assertThat(services).containsKeys(SERVICE_PORTS.keySet().toArray(String[]::new))
			.containsKeys(INFRASTRUCTURE.toArray(String[]::new));
	}

	@ParameterizedTest(name = "{0} is given exactly the PSR_* variables its configuration reads")
	@MethodSource("psrServices")
	void environmentMatchesTheServicePlaceholders(String service) throws IOException {
		Set<String> read = placeholders(service).keySet();
		Set<String> given = environment(service).keySet()
			.stream()
			.filter((name) -> name.startsWith("PSR_"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(read).as("%s reads PSR_* placeholders", service).isNotEmpty();
		assertThat(difference(read, given)).as("variables %s reads that docker-compose.yml does not set", service)
			.isEmpty();
		assertThat(difference(given, read))
			.as("variables docker-compose.yml sets for %s that it never reads (a typo?)", service)
			.isEmpty();
		assertThat(environment(service)).as("%s runs with the docker profile", service)
			.containsEntry("SPRING_PROFILES_ACTIVE", "docker");
	}

	@Test
	@DisplayName("the services off the marker path get a lower CPU weight, as the local stack runs them at a lower priority")
	void servicesOffTheMarkerPathYieldTheCpu() {
		for (ServiceDefinition service : ServiceDefinition.defaults(root)) {
			Object shares = map(services.get(service.name()), service.name()).get("cpu_shares");
			if (service.niceness() > 0) {
				assertThat(shares).as("cpu_shares of %s", service.name()).isInstanceOf(Integer.class);
				assertThat((Integer) shares).as("cpu_shares of %s (1024 is normal)", service.name()).isLessThan(1024);
			}
			else {
				assertThat(shares).as("cpu_shares of %s, on the marker path", service.name()).isNull();
			}
		}
	}

	@ParameterizedTest(name = "{0} listens and is published on its PSR_PORT")
	@MethodSource("psrServices")
	void portMatchesPsrPort(String service) throws IOException {
		int expected = SERVICE_PORTS.get(service);
		assertThat(placeholders(service).get("PSR_PORT")).as("the PSR_PORT default in %s's application.yml", service)
			.isEqualTo(Integer.toString(expected));
		assertThat(resolved(environment(service).get("PSR_PORT"))).as("PSR_PORT of %s in docker-compose.yml", service)
			.isEqualTo(Integer.toString(expected));
		Map<String, Object> definition = map(services.get(service), service);
		List<Integer> containerPorts = new ArrayList<>();
		for (Object port : list(definition.get("ports"))) {
			containerPorts.add(containerPort(port));
		}
		for (Object port : list(definition.get("expose"))) {
			containerPorts.add(Integer.parseInt(port.toString()));
		}
		assertThat(containerPorts).as("the container ports of %s", service).isNotEmpty().containsOnly(expected);
	}

	@ParameterizedTest(name = "{0} finds its database, Kafka, the identity provider and mail inside the stack")
	@MethodSource("psrServices")
	void connectionsPointIntoTheStack(String service) throws IOException {
		Map<String, String> environment = environment(service);
		String defaultUrl = placeholders(service).get("PSR_DB_URL");
		String database = defaultUrl.substring(defaultUrl.lastIndexOf('/') + 1);
		assertThat(resolved(environment.get("PSR_DB_URL"))).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
		assertThat(Files.readString(root.resolve("docker/postgres/init-databases.sh")))
			.as("the init script creates the database %s", database)
			.containsPattern("\\b" + database + "\\b");
		assertThat(environment.get("PSR_DB_PASSWORD"))
			.as("%s logs in with the password the init script gave its role", service)
			.isEqualTo(environment("postgres").get("PSR_" + database.toUpperCase() + "_DB_PASSWORD"));

		for (String broker : resolved(environment.get("PSR_KAFKA_BROKERS")).split(",")) {
			assertThat(services).as("Kafka broker host %s", broker).containsKey(broker.trim().split(":")[0]);
		}
		URI jwks = URI.create(resolved(environment.get("PSR_JWK_SET_URI")));
		assertThat(services).as("the JWK set host").containsKey(jwks.getHost());
		assertThat(jwks.getPath()).isEqualTo("/realms/psr/protocol/openid-connect/certs");
		assertThat(resolved(environment.get("PSR_ISSUER"))).endsWith("/realms/psr");
		if (environment.containsKey("PSR_MAIL_HOST")) {
			assertThat(services).as("the mail host").containsKey(resolved(environment.get("PSR_MAIL_HOST")));
			assertThat(resolved(environment.get("PSR_MAIL_PORT"))).as("mail catcher's SMTP port").isEqualTo("1025");
		}
	}

	@ParameterizedTest(name = "{0} is built from the shared Dockerfile and waits for healthy infrastructure")
	@MethodSource("psrServices")
	void builtFromTheDockerfileAndStartedAfterItsDependencies(String service) {
		Map<String, Object> definition = map(services.get(service), service);
		Map<String, Object> build = map(definition.get("build"), service + ".build");
		assertThat(build.get("context")).isEqualTo(".");
		assertThat(build.getOrDefault("dockerfile", "Dockerfile")).isEqualTo("Dockerfile");
		assertThat(map(build.get("args"), service + ".build.args")).containsEntry("SERVICE", service);
		Map<String, String> conditions = dependsOn(definition);
		for (String dependency : REQUIRED_DEPENDENCIES) {
			assertThat(conditions).as("%s depends on %s", service, dependency)
				.containsEntry(dependency, "service_healthy");
		}
		assertThat(healthcheckCommand(service)).as("%s's healthcheck", service).contains("/actuator/health/readiness");
	}

	@Test
	@DisplayName("every depends_on target exists and has a healthcheck")
	void dependenciesExistAndHaveHealthchecks() {
		for (String service : services.keySet()) {
			for (String dependency : dependsOn(map(services.get(service), service)).keySet()) {
				assertThat(services).as("%s depends on %s", service, dependency).containsKey(dependency);
				assertThat(healthcheckCommand(dependency))
					.as("healthcheck of %s (%s waits for it)", dependency, service)
					.isNotBlank();
			}
		}
	}

	@Test
	@DisplayName("every service in the stack has a healthcheck")
	void everyServiceHasAHealthcheck() {
		for (String service : services.keySet()) {
			assertThat(healthcheckCommand(service)).as("healthcheck of %s", service).isNotBlank();
		}
	}

	@Test
	@DisplayName("files the stack mounts exist")
	void mountedFilesExist() {
		for (String service : services.keySet()) {
			for (Object volume : list(map(services.get(service), service).get("volumes"))) {
				String source = volume.toString().split(":")[0];
				if (source.startsWith(".")) {
					assertThat(root.resolve(source).normalize()).as("%s mounts %s", service, source).exists();
				}
			}
		}
		assertThat(volumeTargets("postgres")).contains("/docker-entrypoint-initdb.d/init-databases.sh");
		assertThat(volumeTargets("keycloak")).contains("/opt/keycloak/data/import/psr-realm.json");
	}

	@Test
	@DisplayName("the Dockerfile builds <service>/target/<service>-<version>-exec.jar and runs it as a non-root user")
	void dockerfileBuildsTheExecJar() throws IOException {
		Path dockerfile = root.resolve("Dockerfile");
		assertThat(dockerfile).isRegularFile();
		String text = Files.readString(dockerfile);
		assertThat(text).contains("ARG SERVICE")
			.contains("${SERVICE}/target/${SERVICE}-" + projectVersion() + "-exec.jar")
			.contains("FROM maven:3.9-eclipse-temurin-17")
			.contains("FROM eclipse-temurin:17-jre")
			.containsPattern("(?m)^USER (?!root\\b)(?!0\\b)\\S+");
	}

	@Test
	@DisplayName("the Keycloak realm holds every role of DOMAIN.md, the roles claim, the psr audience, a demo user per role and a client per service")
	void keycloakRealmMatchesTheRoles() throws IOException {
		Map<String, Object> keycloak = map(services.get("keycloak"), "keycloak");
		assertThat(list(keycloak.get("command")).toString()).contains("--import-realm");
		String json = Files.readString(root.resolve("docker/keycloak/psr-realm.json"));
		Object realm = JsonPath.parse(json).json();

		assertThat(JsonPath.<String>read(realm, "$.realm")).isEqualTo("psr");
		List<String> roles = JsonPath.read(realm, "$.roles.realm[*].name");
		assertThat(roles).containsAll(ROLES);

		List<Map<String, Object>> users = JsonPath.read(realm, "$.users[*]");
		for (String role : ROLES) {
			if (!role.equals("SERVICE")) {
				assertThat(users).as("a demo user with role %s", role)
					.anySatisfy((user) -> assertThat(list(user.get("realmRoles"))).contains(role));
			}
		}

		List<Map<String, Object>> clients = JsonPath.read(realm, "$.clients[*]");
		for (String service : SERVICE_PORTS.keySet()) {
			Map<String, Object> client = clients.stream()
				.filter((candidate) -> service.equals(candidate.get("clientId")))
				.findFirst()
				.orElseGet(() -> fail("no Keycloak client " + service));
			assertThat(client).as("client %s", service)
				.containsEntry("publicClient", false)
				.containsEntry("serviceAccountsEnabled", true);
			assertThat(users).as("the service account of %s has role SERVICE", service).anySatisfy((user) -> {
				assertThat(user.get("serviceAccountClientId")).isEqualTo(service);
				assertThat(list(user.get("realmRoles"))).contains("SERVICE");
			});
		}
		for (Map<String, Object> client : clients) {
			List<Map<String, Object>> mappers = JsonPath.read(client, "$.protocolMappers[*]");
			assertThat(mappers).as("client %s puts realm roles in a top-level roles claim", client.get("clientId"))
				.anySatisfy((mapper) -> {
					assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
					assertThat(map(mapper.get("config"), "config")).containsEntry("claim.name", "roles")
						.containsEntry("multivalued", "true")
						.containsEntry("access.token.claim", "true");
				});
			assertThat(mappers).as("client %s adds psr to aud", client.get("clientId")).anySatisfy((mapper) -> {
				assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
				assertThat(map(mapper.get("config"), "config")).containsEntry("included.custom.audience", "psr")
					.containsEntry("access.token.claim", "true");
			});
		}

		// Keycloak leaves an unset ${NAME} as is: a client secret would be that text
		Map<String, String> keycloakEnvironment = environment("keycloak");
		Matcher placeholder = REALM_PLACEHOLDER.matcher(json);
		while (placeholder.find()) {
			assertThat(keycloakEnvironment)
				.as("keycloak's environment resolves ${%s} in the realm", placeholder.group(1))
				.containsKey(placeholder.group(1));
		}
	}

	/**
	 * The {@code ${PSR_...}} placeholders a service's configuration files read, with
	 * their defaults.
	 */
	private static Map<String, String> placeholders(String service) throws IOException {
		Path resources = root.resolve(service).resolve("src/main/resources");
		assertThat(resources.resolve("application.yml")).isRegularFile();
		Map<String, String> placeholders = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(resources)) {
			for (Path file : files
				.filter((path) -> path.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
				.sorted()
				.toList()) {
				Matcher matcher = SPRING_PLACEHOLDER.matcher(Files.readString(file));
				while (matcher.find()) {
					placeholders.putIfAbsent(matcher.group(1), matcher.group(2));
				}
			}
		}
		return placeholders;
	}

	/** A service's environment as written (map or list form), values not interpolated. */
	private static Map<String, String> environment(String service) {
		Object environment = map(services.get(service), service).get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> entries) {
			entries.forEach((name, value) -> variables.put(name.toString(), (value != null) ? value.toString() : null));
		}
		else {
			for (Object entry : list(environment)) {
				String[] parts = entry.toString().split("=", 2);
				variables.put(parts[0], (parts.length > 1) ? parts[1] : null);
			}
		}
		return variables;
	}

	/** The value compose uses when no variable is set in the shell or an .env file. */
	private static String resolved(String value) {
		assertThat(value).isNotNull();
		Matcher matcher = COMPOSE_VARIABLE.matcher(value.replace("$$", "\u0000"));
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result,
					Matcher.quoteReplacement((matcher.group(2) != null) ? matcher.group(2) : ""));
		}
		matcher.appendTail(result);
		return result.toString().replace("\u0000", "$");
	}

	/** depends_on target to condition; the list form means service_started. */
	private static Map<String, String> dependsOn(Map<String, Object> definition) {
		Object dependsOn = definition.get("depends_on");
		Map<String, String> conditions = new LinkedHashMap<>();
		if (dependsOn instanceof Map<?, ?> entries) {
			entries.forEach((name, settings) -> {
				Object condition = (settings instanceof Map<?, ?> values) ? values.get("condition") : null;
				conditions.put(name.toString(), (condition != null) ? condition.toString() : "service_started");
			});
		}
		else {
			list(dependsOn).forEach((name) -> conditions.put(name.toString(), "service_started"));
		}
		return conditions;
	}

	/** The healthcheck's command as one string; empty when there is none or it is off. */
	private static String healthcheckCommand(String service) {
		Object healthcheck = map(services.get(service), service).get("healthcheck");
		if (!(healthcheck instanceof Map<?, ?> settings) || Boolean.TRUE.equals(settings.get("disable"))) {
			return "";
		}
		Object test = settings.get("test");
		String command = (test instanceof List<?> parts)
				? parts.stream().map(Object::toString).collect(Collectors.joining(" ")) : String.valueOf(test);
		return (test == null || command.equals("NONE")) ? "" : command;
	}

	private static List<String> volumeTargets(String service) {
		return list(map(services.get(service), service).get("volumes")).stream()
			.map((volume) -> volume.toString().split(":")[1])
			.toList();
	}

	/**
	 * {@code "8081"}, {@code "8081:8081"}, {@code "127.0.0.1:8081:8081"} or the long
	 * form.
	 */
	private static int containerPort(Object port) {
		if (port instanceof Map<?, ?> longForm) {
			return Integer.parseInt(longForm.get("target").toString());
		}
		String[] parts = port.toString().split("/")[0].split(":");
		return Integer.parseInt(parts[parts.length - 1]);
	}

	private static String projectVersion() throws IOException {
		Matcher matcher = Pattern.compile("<artifactId>psr-parent</artifactId>\\s*<version>([^<]+)</version>")
			.matcher(Files.readString(root.resolve("pom.xml")));
		assertThat(matcher.find()).as("the version in the root pom").isTrue();
		return matcher.group(1);
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value, String what) {
		assertThat(value).as(what).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<Object> list(Object value) {
		return (value instanceof List<?> values) ? new ArrayList<>(values) : List.of();
	}

	private static Path repositoryRoot() {
		return RepositoryRoot.find();
	}

	private static Map<String, Integer> orderedPorts() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("incident-service", 8081);
		ports.put("register-service", 8082);
		ports.put("notification-service", 8083);
		ports.put("letters-service", 8084);
		ports.put("partner-sync-service", 8085);
		return ports;
	}

}
