package uk.gov.cheltenham.psr.systemtests.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.access.AuthorizationMatrix;
import uk.gov.cheltenham.psr.systemtests.RepositoryRoot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D2: the authorization matrix written in {@code docs/security.md} is the one the
 * services enforce (their {@code psr/authorization.tsv}), line for line.
 */
class SecurityDocTest {

	private static final Pattern SERVICE_HEADING = Pattern.compile("^### 2\\.\\d+ ([a-z-]+-service) ");

	private static final Pattern ROW = Pattern
		.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)` \\| ([^|]*)\\|([^|]*)\\|$");

	@Test
	@DisplayName("D2: docs/security.md §2 lists exactly the endpoints and roles each service enforces")
	void documentedMatrixIsEnforcedMatrix() throws IOException {
		Path root = RepositoryRoot.find();
		Map<String, List<String>> documented = documentedMatrix(Files.readAllLines(root.resolve("docs/security.md")));
		assertThat(documented).containsOnlyKeys("incident-service", "register-service", "notification-service",
				"letters-service", "partner-sync-service");
		for (Map.Entry<String, List<String>> service : documented.entrySet()) {
			Path matrix = root.resolve(service.getKey())
				.resolve("src/main/resources")
				.resolve(AuthorizationMatrix.RESOURCE);
			List<String> enforced = AuthorizationMatrix.parse(Files.readString(matrix))
				.rules()
				.stream()
				.map(SecurityDocTest::canonical)
				.toList();
			assertThat(service.getValue()).as(service.getKey()).containsExactlyInAnyOrderElementsOf(enforced);
		}

	}

	private static Map<String, List<String>> documentedMatrix(List<String> lines) {
		Map<String, List<String>> matrix = new LinkedHashMap<>();
		String service = null;
		boolean inSection = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				inSection = line.startsWith("## 2. ");
				service = null;
				continue;
			}
			Matcher heading = SERVICE_HEADING.matcher(line);
			if (inSection && heading.find()) {
				service = heading.group(1);
				matrix.put(service, new ArrayList<>());
				continue;
			}
			Matcher row = ROW.matcher(line.strip());
			if (service != null && row.matches()) {
				matrix.get(service)
					.add(AuthorizationMatrix
						.parse(row.group(1) + "\t" + row.group(2) + "\t" + row.group(3).strip()
								+ (row.group(4).isBlank() ? "" : "\t" + row.group(4).strip()))
						.rules()
						.stream()
						.map(SecurityDocTest::canonical)
						.findFirst()
						.orElseThrow());
			}
		}
		return matrix;
	}

	private static String canonical(AuthorizationMatrix.Rule rule) {
		return rule.endpoint() + " " + new TreeSet<>(rule.roles()) + " " + new TreeSet<>(rule.clients());
	}

}
