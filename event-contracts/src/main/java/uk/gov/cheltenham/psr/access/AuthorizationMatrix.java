package uk.gov.cheltenham.psr.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's authorization matrix (D2), one rule per endpoint, kept in
 * {@value #RESOURCE} of the service as tab-separated lines: <pre>
 * # method  path                                roles                      clients
 * POST      /api/incidents                      REPRESENTATIVE,MANAGER,CRO
 * GET       /internal/incidents/{id}/customer   SERVICE                    register-service
 * </pre> Paths use the OpenAPI template form. {@code clients} (internal APIs only) lists
 * the services whose client-credentials tokens may call. An endpoint not in the matrix is
 * denied to everyone.
 *
 * @param rules the rules in file order
 */
public record AuthorizationMatrix(List<Rule> rules) {

	/** Where each service keeps its matrix. */
	public static final String RESOURCE = "psr/authorization.tsv";

	/** Every role of DOMAIN.md's roles table, as tokens carry them, plus SERVICE. */
	public static final List<String> ROLES = List.of("REPRESENTATIVE", "MANAGER", "CRO", "CSSM", "EXECUTIVE_DIRECTOR",
			"CHIEF_EXECUTIVE", "GOVERNANCE", "DEMOCRATIC_SERVICES", "CBH_PARTNER", "TEAM_SYSTEM", "SERVICE");

	private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

	public AuthorizationMatrix {
		rules = List.copyOf(rules);
	}

	/** The matrix on the class path, if this application has one. */
	public static Optional<AuthorizationMatrix> fromClasspath(ClassLoader classLoader) {
		try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
			return (in != null) ? Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a matrix, refusing unknown methods and roles, duplicate endpoints and clients
	 * outside internal APIs, so a typo cannot silently open or close an endpoint.
	 */
	public static AuthorizationMatrix parse(String text) {
		List<Rule> rules = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		int lineNumber = 0;
		for (String line : text.split("\r?\n")) {
			lineNumber++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] columns = trimmed.split("\t+");
			if (columns.length < 3 || columns.length > 4) {
				throw new IllegalArgumentException("authorization matrix line " + lineNumber
						+ ": expected method, path, roles and optionally clients, separated by tabs");
			}
			Rule rule = new Rule(columns[0], columns[1], csv(columns[2]),
					(columns.length == 4) ? csv(columns[3]) : Set.of());
			String problem = rule.problem();
			if (problem != null) {
				throw new IllegalArgumentException("authorization matrix line " + lineNumber + ": " + problem);
			}
			if (!seen.add(rule.endpoint())) {
				throw new IllegalArgumentException(
						"authorization matrix line " + lineNumber + ": " + rule.endpoint() + " appears twice");
			}
			rules.add(rule);
		}
		return new AuthorizationMatrix(rules);
	}

	private static Set<String> csv(String column) {
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(column.split(",")).map(String::strip).filter((value) -> !value.isEmpty()).forEach(values::add);
		return Set.copyOf(values);
	}

	/**
	 * One endpoint and who may call it.
	 *
	 * @param method the HTTP method
	 * @param path the path template, e.g. {@code /api/entries/{id}}
	 * @param roles the roles allowed (any one suffices)
	 * @param clients for internal APIs, the client ids allowed; empty otherwise
	 */
	public record Rule(String method, String path, Set<String> roles, Set<String> clients) {

		/** e.g. {@code GET /api/entries/{id}}. */
		public String endpoint() {
			return this.method + " " + this.path;
		}

		public boolean isInternal() {
			return this.path.startsWith("/internal/");
		}

		String problem() {
			if (!METHODS.contains(this.method)) {
				return "unknown method " + this.method;
			}
			if (!this.path.startsWith("/api/") && !isInternal()) {
				return "only /api/** and /internal/** endpoints belong in the matrix";
			}
			if (this.roles.isEmpty()) {
				return "no roles: leave the endpoint out instead, it is then denied to everyone";
			}
			for (String role : this.roles) {
				if (!ROLES.contains(role)) {
					return "unknown role " + role;
				}
			}
			if (isInternal() != this.roles.equals(Set.of("SERVICE"))) {
				return "internal APIs take SERVICE alone, and only they do";
			}
			if (isInternal() && this.clients.isEmpty()) {
				return "an internal API must name the services allowed to call it";
			}
			if (!isInternal() && !this.clients.isEmpty()) {
				return "clients are for internal APIs only";
			}
			return null;
		}

	}

}
