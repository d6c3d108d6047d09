package uk.gov.cheltenham.psr.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessDocument;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cssm;

/**
 * D4: a subject access request gathers the register's own data and the four other
 * services' parts (real HTTP servers standing in for their internal endpoints, answering
 * register-service's token only), is redacted by the CRO and released once as a ZIP.
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class SubjectAccessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REQUESTS = "/api/subject-access-requests";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	IncidentServiceStub incidentService;

	@Autowired
	SubjectAccessServiceStubs services;

	@Autowired
	Register register;

	@Autowired
	JdbcTemplate jdbc;

	private RegisterScenario scenario;

	private ApiClient api;

	@BeforeEach
	void scenario() {
		this.scenario = new RegisterScenario(this.port, this.incidentService);
		this.api = this.scenario.api();
	}

	@AfterEach
	void servicesBack() {
		this.clock.reset();
		this.services.letters.up();
	}

	@Test
	@DisplayName("D4: gather with letters-service down is INCOMPLETE and cannot be released (422 D4); gathered again it is READY; redact, release once, and the ZIP carries bundle.json with the redaction's reason and the letter's PDF")
	void gatherRedactRelease() throws Exception {
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(incidentId, "Sam Subject", IncidentType.PHYSICAL_ASSAULT);
		UUID entry = UUID.fromString(entryId);
		UUID letterId = UUID.randomUUID();
		byte[] pdf = "%PDF-1.7 the restriction letter".getBytes(StandardCharsets.US_ASCII);
		answerAll(entry, incidentId, letterId, pdf);
		this.services.letters.down();

		Response opened = this.api.post(REQUESTS, cro(), Map.of("entryId", entryId));
		assertThat(opened.status()).isEqualTo(201);
		assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
		String request = REQUESTS + "/" + opened.json().get("id").asString();

		Response incomplete = this.api.post(request + "/gather", cro());
		assertThat(incomplete.status()).isEqualTo(200);
		assertThat(incomplete.json().get("status").asString()).isEqualTo("INCOMPLETE");
		assertThat(incomplete.json().get("missing").toString()).contains("letters-service")
			.doesNotContain("incident-service");
		assertD4(this.api.post(request + "/release", cro()));
		assertD4(this.api.get(request + "/bundle", cro()));

		this.services.letters.up();
		Response ready = this.api.post(request + "/gather", cro());
		assertThat(ready.json().get("status").asString()).isEqualTo("READY");
		assertThat(ready.json().get("missing")).isEmpty();
		assertThat(this.incidentService.subjectAccess().queries()).hasSize(1)
			.first()
			.asString()
			.contains("entryId=" + entryId, incidentId.toString());
		assertThat(this.services.letters.answer().queries()).hasSize(1);

		String statement = "incident/" + incidentId + "/witnessStatements/0/statement";
		JsonNode items = this.api.get(request + "/items", cro()).json();
		Map<String, String> values = new HashMap<>();
		items.forEach((item) -> values.put(item.get("path").asString(), RegisterScenario.text(item, "value")));
		assertThat(values).containsEntry(statement, "My neighbour Jo saw it")
			.containsEntry("customer/" + entryId + "/customerName", "Sam Subject")
			.containsEntry("entry/" + entryId + "/incidents/0/incidentId", incidentId.toString())
			.containsEntry("letter/" + letterId + "/pdf", "letters/" + letterId + ".pdf")
			.containsEntry("delivery/d-1/status", "SENT")
			.containsEntry("disclosure/u-1/agreementReference", "DSA-1");
		assertThat(values.keySet()).anyMatch((path) -> path.startsWith("readAudit/"));

		assertThat(
				this.api
					.post(request + "/redactions", cro(),
							Map.of("path", statement, "reason", "THIRD_PARTY_PERSONAL_DATA", "note",
									"names a neighbour"))
					.status())
			.isEqualTo(200);
		assertD4(this.api.post(request + "/redactions", cro(),
				Map.of("path", "incident/" + UUID.randomUUID(), "reason", "STAFF_SAFETY")));
		Response badReason = this.api.post(request + "/redactions", cro(),
				Map.of("path", statement, "reason", "EMBARRASSING"));
		assertThat(badReason.status()).isEqualTo(400);
		assertThat(this.api.post(request + "/release", cssm()).status()).isEqualTo(403);
		assertThat(this.api.get(request, cssm()).status()).isEqualTo(200);

		Response released = this.api.post(request + "/release", cro());
		assertThat(released.status()).isEqualTo(200);
		assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
		assertD4(this.api.post(request + "/release", cro()));
		assertD4(this.api.post(request + "/gather", cro()));
		assertD4(this.api.delete(request + "/redactions?path=" + statement, cro()));

		Map<String, byte[]> zip = download(request + "/bundle");
		assertThat(zip).containsOnlyKeys("bundle.json", "letters/" + letterId + ".pdf");
		assertThat(zip.get("letters/" + letterId + ".pdf")).isEqualTo(pdf);
		JsonNode bundle = JSON.readTree(zip.get("bundle.json"));
		JsonNode records = bundle.get("records");
		JsonNode incident = records.get("incident").get(incidentId.toString());
		assertThat(incident.get("witnessStatements").get(0).get("statement").asString())
			.isEqualTo("[REDACTED: third-party personal data]");
		assertThat(incident.get("witnessStatements").get(0).get("witness").asString()).isEqualTo("witness-9");
		assertThat(records.get("customer").get(entryId).get("customerName").asString()).isEqualTo("Sam Subject");
		assertThat(bundle.get("files").get(0).asString()).isEqualTo("letters/" + letterId + ".pdf");
		assertThat(new String(zip.get("bundle.json"), StandardCharsets.UTF_8)).doesNotContain("My neighbour Jo");

		List<String> actions = this.jdbc.queryForList(
				"select action from audit_trail where subject_type = 'entry' and subject_id = ? order by seq",
				String.class, entryId);
		assertThat(actions).containsSubsequence("SUBJECT_ACCESS_OPENED", "SUBJECT_ACCESS_GATHERED",
				"SUBJECT_ACCESS_GATHERED", "READ", "SUBJECT_ACCESS_REDACTED", "SUBJECT_ACCESS_RELEASED", "DISCLOSE");
	}

	@Test
	@DisplayName("D4, R12: a request for an unknown entry is 404; a request and what it gathered go with the purged entry")
	void requestGoesWithPurgedEntry() {
		assertThat(this.api.post(REQUESTS, cro(), Map.of("entryId", UUID.randomUUID().toString())).status())
			.isEqualTo(404);
		assertThat(this.api.post(REQUESTS, cro(), Map.of()).status()).isEqualTo(400);
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(incidentId, "Pat Subject", IncidentType.VERBAL_ABUSE);
		answerAll(UUID.fromString(entryId), incidentId, UUID.randomUUID(), new byte[] { 1 });
		Response opened = this.api.post(REQUESTS, cro(), Map.of("customerName", "pat subject"));
		assertThat(opened.status()).isEqualTo(201);
		assertThat(opened.json().get("entryId").asString()).isEqualTo(entryId);
		String request = REQUESTS + "/" + opened.json().get("id").asString();
		assertThat(this.api.post(request + "/gather", cro()).json().get("status").asString()).isEqualTo("READY");

		String governance = Tokens.shared().forUser("gov-1", "GOVERNANCE");
		assertThat(this.api.post("/api/entries/" + entryId + "/removal", cro()).status()).isEqualTo(200);
		assertThat(this.api.post("/api/entries/" + entryId + "/removal/approve", governance).status()).isEqualTo(200);
		this.clock.moveTo(LocalDate.now(this.clock).plusMonths(6).plusDays(1));
		this.register.housekeeping();

		assertThat(this.api.get(request, cro()).status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from subject_access_request where entry_id = ?",
				Integer.class, UUID.fromString(entryId)))
			.isZero();
	}

	private void answerAll(UUID entryId, UUID incidentId, UUID letterId, byte[] pdf) {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("witness", "witness-9");
		statement.put("statement", "My neighbour Jo saw it");
		Map<String, Object> incident = new LinkedHashMap<>();
		incident.put("customerName", "Sam Subject");
		incident.put("witnessStatements", List.of(statement));
		incident.put("attachments", List.of(Map.of("fileName", "cctv.txt", "sizeBytes", 12)));
		this.incidentService.subjectAccess()
			.answer(new SubjectAccessPart("incident-service", entryId,
					Map.of("incident", Map.of(incidentId.toString(), incident)), List.of()));
		this.services.letters.answer()
			.answer(new SubjectAccessPart("letters-service", entryId,
					Map.of("letter",
							Map.of(letterId.toString(),
									Map.of("letterType", "RESTRICTION", "pdf", "letters/" + letterId + ".pdf"))),
					List.of(new SubjectAccessDocument("letter/" + letterId + "/pdf", "letters/" + letterId + ".pdf",
							"application/pdf", Base64.getEncoder().encodeToString(pdf)))));
		this.services.notifications.answer()
			.answer(new SubjectAccessPart("notification-service", entryId,
					Map.of("delivery", Map.of("d-1", Map.of("status", "SENT"))), List.of()));
		this.services.partnerSync.answer()
			.answer(new SubjectAccessPart("partner-sync-service", entryId,
					Map.of("disclosure", Map.of("u-1", Map.of("agreementReference", "DSA-1"))), List.of()));
	}

	private static void assertD4(Response response) {
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("rule").asString()).isEqualTo("D4");
	}

	private Map<String, byte[]> download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", "Bearer " + cro())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

}
