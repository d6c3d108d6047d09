package uk.gov.cheltenham.psr.incident;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.incident.TestReports.CUSTOMER_NAME;
import static uk.gov.cheltenham.psr.incident.TestReports.entryOnRegister;
import static uk.gov.cheltenham.psr.incident.TestReports.registerService;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;
import static uk.gov.cheltenham.psr.incident.TestReports.report;

/**
 * D2: personal data is encrypted in the database by the application, so the raw columns
 * never hold the plain text, while the APIs answer with it.
 */
@IncidentServiceTest
class PersonalDataAtRestIT {

	private static final String LOCATION = "Municipal Offices, Bath Road";

	private static final String WHAT_HAPPENED = "The customer shouted threats at the officer";

	private static final String POLICE_CONTACT = "PC 4711 Fennimore";

	private static final String STATEMENT = "I saw Mr Quarrington raise his fist";

	private static final String ADDRESS = "9 Plaintext Lane, Cheltenham";

	private static final String PHONE = "01242 555123";

	private static final String EMAIL = "plain@example.org";

	private static final String FILE_NAME = "letter-from-Quarrington.txt";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	List<JavaMigration> javaMigrations;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	@Test
	@DisplayName("D2: the customer's name, what happened and where, the police contact, witness statements, file names and reported contact details are stored encrypted and read back in clear")
	void storedEncrypted() throws Exception {
		String incidentId = reportWithPersonalData();
		UUID id = UUID.fromString(incidentId);
		assertEncrypted("select customer_name from incident where id = ?", id, CUSTOMER_NAME);
		assertEncrypted("select what_happened from incident where id = ?", id, WHAT_HAPPENED);
		assertEncrypted("select location from incident where id = ?", id, LOCATION);
		assertEncrypted("select third_party_contact_name from incident where id = ?", id, POLICE_CONTACT);
		assertEncrypted("select third_party_reference from incident where id = ?", id, "GLOS-2026-4711");
		assertEncrypted("select statement from incident_witness_statement where incident_id = ?", id, STATEMENT);
		assertThat(TestReports
			.upload(this.port, "/api/incidents/" + incidentId + "/attachments", rep("rep-d2"), "CORRESPONDENCE",
					FILE_NAME, "text/plain", "Dear Sir".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(201);
		assertEncrypted("select file_name from incident_attachment where incident_id = ?", id, FILE_NAME);
		assertThat(api().get("/api/incidents/" + incidentId + "/attachments", rep("rep-d2"))
			.json()
			.get(0)
			.get("fileName")
			.asString()).isEqualTo(FILE_NAME);

		assertThat(api().get("/internal/incidents/" + incidentId + "/customer", registerService())
			.json()
			.get("customerName")
			.asString()).isEqualTo(CUSTOMER_NAME);
		Response incident = api().get("/api/incidents/" + incidentId, rep("rep-d2"));
		assertThat(incident.json().get("thirdParty").get("contactName").asString()).isEqualTo(POLICE_CONTACT);
		assertThat(api().get("/api/incidents/" + incidentId + "/witness-statements", rep("rep-d2"))
			.json()
			.get(0)
			.get("statement")
			.asString()).isEqualTo(STATEMENT);

		UUID updateId = reportContactDetails();
		assertEncrypted("select address from contact_details_update where id = ?", updateId, ADDRESS);
		assertEncrypted("select phone from contact_details_update where id = ?", updateId, PHONE);
		assertEncrypted("select email from contact_details_update where id = ?", updateId, EMAIL);
		assertEncrypted("select postcode from contact_details_update where id = ?", updateId, "GL50 9SA");
		Response forRegister = api().get("/internal/contact-details-updates/" + updateId, registerService());
		assertThat(forRegister.json().get("address").asString()).isEqualTo(ADDRESS);
		assertThat(forRegister.json().get("email").asString()).isEqualTo(EMAIL);
	}

	@Test
	@DisplayName("D2: rows written in plain text before encryption are encrypted by the V11 migration, once")
	void plainRowsEncryptedByMigration() throws Exception {
		String incidentId = reportWithPersonalData();
		UUID id = UUID.fromString(incidentId);
		UUID updateId = reportContactDetails();
		this.jdbc.update("update incident set customer_name = ?, what_happened = ? where id = ?", CUSTOMER_NAME,
				WHAT_HAPPENED, id);
		this.jdbc.update("update contact_details_update set phone = ? where id = ?", PHONE, updateId);
		String statementBefore = this.jdbc
			.queryForObject("select statement from incident_witness_statement where incident_id = ?", String.class, id);

		migrateV11();
		migrateV11();

		assertEncrypted("select customer_name from incident where id = ?", id, CUSTOMER_NAME);
		assertEncrypted("select what_happened from incident where id = ?", id, WHAT_HAPPENED);
		assertEncrypted("select phone from contact_details_update where id = ?", updateId, PHONE);
		assertThat(this.jdbc.queryForObject("select statement from incident_witness_statement where incident_id = ?",
				String.class, id))
			.as("an encrypted value is left alone")
			.isEqualTo(statementBefore);
		assertThat(api().get("/internal/incidents/" + incidentId + "/customer", registerService())
			.json()
			.get("customerName")
			.asString()).isEqualTo(CUSTOMER_NAME);
		assertThat(api().get("/internal/contact-details-updates/" + updateId, registerService())
			.json()
			.get("phone")
			.asString()).isEqualTo(PHONE);
	}

	private void migrateV11() throws Exception {
		JavaMigration migration = this.javaMigrations.stream()
			.filter((candidate) -> candidate.getVersion().getVersion().equals("11"))
			.findFirst()
			.orElseThrow();
		try (Connection connection = this.dataSource.getConnection()) {
			migration.migrate(new Context() {

				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}

			});
		}
	}

	private String reportWithPersonalData() {
		Map<String, Object> body = report("HSG-D2", "VERBAL_ABUSE");
		body.put("thirdParty", Map.of("agency", "POLICE", "contactName", POLICE_CONTACT, "reference", "GLOS-2026-4711",
				"lawfulCondition", "DPA 2018 Sch 1 para 10"));
		Response reported = api().post("/api/incidents", rep("rep-d2"), body);
		assertThat(reported.status()).isEqualTo(201);
		String incidentId = reported.json().get("id").asString();
		assertThat(api()
			.post("/api/incidents/" + incidentId + "/witness-statements", rep("rep-d2"),
					Map.of("witness", "witness-d2", "statement", STATEMENT))
			.status()).isEqualTo(201);
		return incidentId;
	}

	private UUID reportContactDetails() {
		UUID entryId = entryOnRegister(this.jdbc);
		Response reported = api().post("/api/contact-details-updates", rep("rep-d2"),
				new HashMap<>(Map.of("entryId", entryId.toString(), "serviceArea", "housing", "address", ADDRESS,
						"postcode", "GL50 9SA", "phone", PHONE, "email", EMAIL)));
		assertThat(reported.status()).isEqualTo(201);
		return UUID.fromString(reported.json().get("updateId").asString());
	}

	private void assertEncrypted(String sql, UUID id, String plaintext) {
		String stored = this.jdbc.queryForObject(sql, String.class, id);
		assertThat(stored).startsWith("v1:").doesNotContain(plaintext);
	}

}
