package uk.gov.cheltenham.psr.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import uk.gov.cheltenham.psr.access.AuthorizationMatrix;

/**
 * The generated authorization test (D2): reads the running service's OpenAPI document and
 * its authorization matrix, checks that every endpoint is in the matrix and every matrix
 * line is an endpoint, then calls every endpoint with no token, with a token for each
 * role and, for internal APIs, with an allowed and an unlisted service's token. A denied
 * caller must get 403 (401 without a token); an allowed one must get past authorization
 * (any answer but 401/403, typically 400 or 404 for the invented ids and empty body
 * sent).
 */
public final class AuthorizationMatrixCheck {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private static final String UNLISTED_SERVICE = "unlisted-service";

	/** Stands for "refused by a domain rule after authorization". */
	private static final int PAST_AUTHORIZATION = 299;

	private AuthorizationMatrixCheck() {
	}

	/**
	 * Runs the check against a service on loopback.
	 * @param port the service's port
	 * @return how many calls were made (so a caller can see the check did something)
	 * @throws AssertionError listing every difference and every wrong answer
	 */
	public static int verify(int port) {
		AuthorizationMatrix matrix = AuthorizationMatrix.fromClasspath(AuthorizationMatrixCheck.class.getClassLoader())
			.orElseThrow(() -> new AssertionError("no " + AuthorizationMatrix.RESOURCE + " on the class path"));
		ApiClient api = ApiClient.local(port);
		JsonNode openApi = api.get("/v3/api-docs", null).json();
		Map<String, List<String>> documented = documentedEndpoints(openApi);
		List<String> failures = new ArrayList<>();
		Set<String> inMatrix = new TreeSet<>();
		matrix.rules().forEach((rule) -> inMatrix.add(rule.endpoint()));
		for (String endpoint : documented.keySet()) {
			if (!inMatrix.contains(endpoint)) {
				failures.add(endpoint + ": not in the authorization matrix (so denied to everyone)");
			}
		}
		for (String endpoint : inMatrix) {
			if (!documented.containsKey(endpoint)) {
				failures.add(endpoint + ": in the matrix but not an endpoint of the service");
			}
		}
		int calls = 0;
		for (AuthorizationMatrix.Rule rule : matrix.rules()) {
			if (!documented.containsKey(rule.endpoint())) {
				continue;
			}
			String url = url(rule.path(), documented.get(rule.endpoint()));
			String body = rule.method().equals("GET") || rule.method().equals("DELETE") ? null : "{}";
			calls++;
			expect(failures, rule, "no token", status(api.call(rule.method(), url, null, body)), false, 401);
			for (String role : AuthorizationMatrix.ROLES) {
				if (role.equals("SERVICE")) {
					continue;
				}
				String token = Tokens.shared().forUser("matrix-" + role.toLowerCase(Locale.ROOT), role);
				calls++;
				expect(failures, rule, role, status(api.call(rule.method(), url, token, body)),
						rule.roles().contains(role), 403);
			}
			for (String client : serviceCallers(rule)) {
				calls++;
				expect(failures, rule, "service " + client,
						status(api.call(rule.method(), url, Tokens.shared().forService(client), body)),
						rule.clients().contains(client), 403);
			}
			calls++;
			expect(failures, rule, "a token with no roles",
					status(api.call(rule.method(), url, Tokens.shared().forUser("matrix-nobody"), body)), false, 403);
		}
		if (!failures.isEmpty()) {
			throw new AssertionError("Authorization matrix not as written (" + failures.size() + "):\n  "
					+ String.join("\n  ", failures));
		}
		return calls;
	}

	/** The status, except that a refusal naming a domain rule is past authorization. */
	private static int status(ApiClient.Response response) {
		boolean refused = response.status() == 401 || response.status() == 403;
		if (refused && response.isProblem() && response.json().hasNonNull("rule")) {
			return PAST_AUTHORIZATION;
		}
		return response.status();
	}

	private static List<String> serviceCallers(AuthorizationMatrix.Rule rule) {
		List<String> callers = new ArrayList<>(rule.clients());
		callers.add(UNLISTED_SERVICE);
		return callers;
	}

	private static void expect(List<String> failures, AuthorizationMatrix.Rule rule, String caller, int status,
			boolean allowed, int deniedStatus) {
		if (allowed && (status == 401 || status == 403)) {
			failures.add(rule.endpoint() + " as " + caller + ": allowed by the matrix but answered " + status);
		}
		else if (!allowed && status != deniedStatus) {
			failures.add(rule.endpoint() + " as " + caller + ": expected " + deniedStatus + " but answered " + status);
		}
		else if (status >= 500) {
			failures.add(rule.endpoint() + " as " + caller + ": answered " + status);
		}
	}

	/** "METHOD /path" to the names of its required query parameters. */
	private static Map<String, List<String>> documentedEndpoints(JsonNode openApi) {
		Map<String, List<String>> endpoints = new java.util.TreeMap<>();
		openApi.get("paths").properties().forEach((path) -> {
			if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/internal/")) {
				return;
			}
			path.getValue().properties().forEach((operation) -> {
				if (!METHODS.contains(operation.getKey())) {
					return;
				}
				List<String> required = new ArrayList<>();
				JsonNode parameters = operation.getValue().get("parameters");
				if (parameters != null) {
					for (JsonNode parameter : parameters) {
						if ("query".equals(parameter.path("in").asString())
								&& parameter.path("required").asBoolean(false)) {
							required.add(parameter.path("name").asString());
						}
					}
				}
				endpoints.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), required);
			});
		});
		return endpoints;
	}

	/** Path variables and required query parameters filled with an id nobody has. */
	private static String url(String template, List<String> requiredQuery) {
		String id = UUID.randomUUID().toString();
		StringBuilder url = new StringBuilder(template.replaceAll("\\{[^}]+}", id));
		String separator = "?";
		for (String name : requiredQuery) {
			url.append(separator).append(name).append('=').append(id);
			separator = "&";
		}
		return url.toString();
	}

}
