package uk.gov.cheltenham.psr.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.text;

/**
 * What the register tells others: letter details and shared fields to the one service
 * allowed each (L1–L6, P1, D2), precautions to Democratic Services and partners (R13,
 * R14), each disclosure in the entry's read list (R1, D3).
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class DisclosuresAndChecksIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	IncidentServiceStub incidentService;

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
	void backToToday() {
		this.clock.reset();
	}

	@Test
	@DisplayName("L1-L6, D2, R1: letters-service reads an entry's letter details (addressee, incidents as plain lines, reasons, dates, CSSM signatory); any other caller is refused and the disclosure is in the entry's read list")
	void letterDetails() {
		String entryId = entryWithCustomer("Casey Letter", "7 Letter Lane");
		String path = "/internal/entries/" + entryId + "/letter-details";

		Response details = this.api.get(path, Tokens.shared().forService("letters-service"));
		assertThat(details.status()).isEqualTo(200);
		JsonNode letter = details.json();
		assertThat(text(letter, "customerName")).isEqualTo("Casey Letter");
		assertThat(letter.get("address").toString()).contains("7 Letter Lane");
		assertThat(text(letter, "email")).isEqualTo("casey@example.org");
		assertThat(letter.get("incidents")).singleElement()
			.satisfies((line) -> assertThat(line.asString()).isEqualTo("27 November 2026, Housing: physical assault"));
		assertThat(text(letter, "reasons")).contains("Personal Safety Register");
		assertThat(text(letter, "signatoryRole")).isEqualTo("CSSM");
		assertThat(letter.get("complexOrSensitive").asBoolean()).isFalse();
		assertThat(text(letter, "expiresOn")).isEqualTo(LocalDate.now(this.clock).plusYears(4).toString());

		assertThat(this.api.get(path, Tokens.shared().forService("partner-sync-service")).status()).isEqualTo(403);
		assertThat(this.api.get(path, cro()).status()).isEqualTo(403);
		assertThat(this.api.get(path, null).status()).isEqualTo(401);
		assertThat(this.api
			.get("/internal/entries/" + UUID.randomUUID() + "/letter-details",
					Tokens.shared().forService("letters-service"))
			.status()).isEqualTo(404);

		JsonNode reads = this.api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).filteredOn((read) -> "letters-service".equals(text(read, "reader")))
			.singleElement()
			.satisfies((read) -> {
				assertThat(text(read, "purpose")).isEqualTo("letter");
				assertThat(text(read, "role")).isEqualTo("SERVICE");
				assertThat(text(read, "fields")).contains("customerName").contains("address");
			});
	}

	@Test
	@DisplayName("P1, D2, R1: partner-sync-service gets only the fields it asks for; an unknown field name is 400 naming it; other callers are refused; the fields disclosed are audited")
	void sharedFields() {
		String entryId = entryWithCustomer("Robin Shared", "9 Sharing Street");
		String partnerSync = Tokens.shared().forService("partner-sync-service");
		String path = "/internal/entries/" + entryId + "/shared-fields?fields=";

		Response shared = this.api.get(path + "customerName,reviewDue,cautions,status", partnerSync);
		assertThat(shared.status()).isEqualTo(200);
		JsonNode fields = shared.json().get("fields");
		assertThat(fields.propertyNames()).containsExactlyInAnyOrder("customerName", "reviewDue", "cautions", "status");
		assertThat(text(fields, "customerName")).isEqualTo("Robin Shared");
		assertThat(text(fields, "status")).isEqualTo("ACTIVE");
		assertThat(shared.body()).doesNotContain("Sharing Street").doesNotContain("assault");

		Response unknown = this.api.get(path + "customerName,shoeSize", partnerSync);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("shoeSize");
		assertThat(this.api.get(path + "customerName", Tokens.shared().forService("letters-service")).status())
			.isEqualTo(403);
		assertThat(this.api.get(path + "customerName", Tokens.shared().forUser("cbh", "CBH_PARTNER")).status())
			.isEqualTo(403);
		assertThat(this.api.get("/internal/entries/" + UUID.randomUUID() + "/shared-fields?fields=status", partnerSync)
			.status()).isEqualTo(404);

		JsonNode reads = this.api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).filteredOn((read) -> "partner-sync-service".equals(text(read, "reader")))
			.singleElement()
			.satisfies((read) -> {
				assertThat(text(read, "purpose")).isEqualTo("partner sharing");
				assertThat(text(read, "fields")).isEqualTo("customerName,reviewDue,cautions,status");
			});
	}

	@Test
	@DisplayName("R12: once an entry is purged both internal APIs answer 410 Gone, not 404")
	void purgedEntryIsGone() {
		String entryId = entryWithCustomer("Pat Purged", "3 Gone Grove");
		String governance = Tokens.shared().forUser("gov-1", "GOVERNANCE");
		assertThat(this.api.post("/api/entries/" + entryId + "/removal", cro()).status()).isEqualTo(200);
		assertThat(this.api.post("/api/entries/" + entryId + "/removal/approve", governance).status()).isEqualTo(200);
		this.clock.moveTo(LocalDate.now(this.clock).plusMonths(6).plusDays(1));
		this.register.housekeeping();

		assertThat(this.api.get("/api/entries/" + entryId, cro()).status()).isEqualTo(404);
		Response letter = this.api.get("/internal/entries/" + entryId + "/letter-details",
				Tokens.shared().forService("letters-service"));
		assertThat(letter.status()).isEqualTo(410);
		assertThat(letter.isProblem()).isTrue();
		assertThat(this.api
			.get("/internal/entries/" + entryId + "/shared-fields?fields=status",
					Tokens.shared().forService("partner-sync-service"))
			.status()).isEqualTo(410);
		for (String table : List.of("customer_record", "customer_fetch", "entry_incident_detail", "entry_caution",
				"entry_change_audit", "cro_task")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where entry_id = ?", Integer.class,
					UUID.fromString(entryId)))
				.as(table)
				.isZero();
		}
	}

	@Test
	@DisplayName("R13, D3: Democratic Services learns whether a person or address is on the register and the precautions only, never incidents or reasons; each check is audited with a hash of the query, not its text")
	void councillorCheck() {
		String name = "Morgan Checkley " + UUID.randomUUID().toString().substring(0, 8);
		String street = UUID.randomUUID().toString().substring(0, 8) + " Check Road";
		String entryId = entryWithCustomer(name, street);
		setCautions(entryId, List.of("Visit in pairs", "No lone visits"));
		String democraticServices = Tokens.shared().forUser("ds-1", "DEMOCRATIC_SERVICES");

		Response byName = this.api.post("/api/councillor-checks", democraticServices,
				Map.of("name", name.toUpperCase()));
		assertThat(byName.status()).isEqualTo(200);
		assertThat(byName.json().get("onRegister").asBoolean()).isTrue();
		assertThat(byName.json().get("precautions").toString()).isEqualTo("[\"Visit in pairs\",\"No lone visits\"]");
		assertThat(byName.json().propertyNames()).containsExactlyInAnyOrder("onRegister", "precautions");
		assertThat(byName.body().toLowerCase()).doesNotContain("assault")
			.doesNotContain("housing")
			.doesNotContain("behaviour")
			.doesNotContain(entryId)
			.doesNotContain("2026");

		Response byAddress = this.api.post("/api/councillor-checks", democraticServices,
				Map.of("address", street.toLowerCase()));
		assertThat(byAddress.json().get("onRegister").asBoolean()).isTrue();
		Response nobody = this.api.post("/api/councillor-checks", democraticServices,
				Map.of("name", "Nobody " + UUID.randomUUID()));
		assertThat(nobody.json().get("onRegister").asBoolean()).isFalse();
		assertThat(nobody.json().get("precautions")).isEmpty();

		Response empty = this.api.post("/api/councillor-checks", democraticServices, Map.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("rule").asString()).isEqualTo("R13");
		assertThat(this.api.post("/api/councillor-checks", cro(), Map.of("name", name)).status()).isEqualTo(403);

		List<Map<String, Object>> audit = this.jdbc
			.queryForList("select * from register_check_audit where checked_by = 'ds-1' order by id");
		assertThat(audit).hasSizeGreaterThanOrEqualTo(3);
		assertThat(audit.toString()).doesNotContainIgnoringCase("checkley").doesNotContainIgnoringCase("check road");
		assertThat(audit.get(audit.size() - 1).get("entries_matched")).isEqualTo(0);
		JsonNode reads = this.api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).filteredOn((read) -> "ds-1".equals(text(read, "reader"))).hasSize(2).allSatisfy((read) -> {
			assertThat(text(read, "purpose")).isEqualTo("R13 councillor check");
			assertThat(text(read, "fields")).isEqualTo("precautions");
		});
	}

	@Test
	@DisplayName("R14: the CRO's briefing note for a partner or contractor carries the precautions only (the standing advice when none are recorded) and is audited naming the recipient")
	void briefingNote() {
		String entryId = entryWithCustomer("Drew Briefing", "5 Brief Close");
		String path = "/api/entries/" + entryId + "/briefing-note";

		Response standing = this.api.post(path, cro(), Map.of("recipient", "Ubico"));
		assertThat(standing.status()).isEqualTo(200);
		assertThat(standing.json().get("precautions")).singleElement()
			.satisfies((precaution) -> assertThat(precaution.asString()).contains("Customer Relations Officer"));

		setCautions(entryId, List.of("Visit in pairs"));
		Response note = this.api.post(path, cro(), Map.of("recipient", "Ubico"));
		assertThat(note.json().propertyNames()).containsExactlyInAnyOrder("recipient", "preparedOn", "precautions");
		assertThat(note.json().get("precautions").toString()).isEqualTo("[\"Visit in pairs\"]");
		assertThat(note.body().toLowerCase()).doesNotContain("assault")
			.doesNotContain("drew")
			.doesNotContain("brief close")
			.doesNotContain("behaviour");

		assertThat(this.api.post(path, cro(), Map.of()).status()).isEqualTo(400);
		assertThat(this.api
			.post(path, Tokens.shared().forUser("ds-1", "DEMOCRATIC_SERVICES"), Map.of("recipient", "Ubico"))
			.status()).isEqualTo(403);
		JsonNode reads = this.api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).filteredOn((read) -> "R14 briefing note for Ubico".equals(text(read, "purpose"))).hasSize(2);
	}

	private String entryWithCustomer(String name, String street) {
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(incidentId, name, IncidentType.PHYSICAL_ASSAULT);
		Response corrected = this.api.post("/api/entries/" + entryId + "/customer", cro(),
				Map.of("customerName", name, "addressLines", List.of(street, "Cheltenham", "GL50 9ZZ"), "email",
						"casey@example.org", "reason", "address from the housing file"));
		assertThat(corrected.status()).isEqualTo(200);
		return entryId;
	}

	private void setCautions(String entryId, List<String> cautions) {
		Response set = this.api.post("/api/entries/" + entryId + "/cautions", cro(),
				Map.of("cautions", cautions, "reason", "agreed at the case meeting"));
		assertThat(set.status()).isEqualTo(200);
	}

}
