package uk.gov.cheltenham.psr.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.incident.report.IncidentIntake;
import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.audit.AuditRecord;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cheltenham.psr.incident.TestReports.manager;
import static uk.gov.cheltenham.psr.incident.TestReports.registerService;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;
import static uk.gov.cheltenham.psr.incident.TestReports.report;

/**
 * D3: reads and changes of an incident's personal data land in the platform's
 * hash-chained audit trail, which cannot be altered in place.
 */
@IncidentServiceTest
class PersonalDataAuditIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	IncidentIntake intake;

	@Autowired
	TransactionTemplate transactions;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	@Test
	@DisplayName("D3: reading an incident leaves a trail line naming the reader, role, purpose and incident; its report, statements and disclosure too; the chain verifies")
	void readsAndChangesAudited() {
		Response reported = api().post("/api/incidents", rep("rep-d3"), report("HSG-D3", "VERBAL_ABUSE"));
		String incidentId = reported.json().get("id").asString();
		assertThat(api()
			.post("/api/incidents/" + incidentId + "/witness-statements", rep("rep-d3"),
					Map.of("witness", "witness-d3", "statement", "I heard it"))
			.status()).isEqualTo(201);

		Response read = api().get("/api/incidents/" + incidentId, manager("manager-d3"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(api().get("/api/incidents/" + incidentId + "/witness-statements", rep("rep-d3")).status())
			.isEqualTo(200);
		assertThat(api().get("/internal/incidents/" + incidentId + "/customer", registerService()).status())
			.isEqualTo(200);

		List<AuditRecord> lines = this.trail.about("incident", incidentId);
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.action()).isEqualTo("CREATE");
			assertThat(line.actor()).isEqualTo("rep-d3");
		});
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.action()).isEqualTo("READ");
			assertThat(line.actor()).isEqualTo("manager-d3");
			assertThat(line.actorRole().split(",")).contains("MANAGER");
			assertThat(line.purpose()).isEqualTo("I1-I10 incident handling");
		});
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.action()).isEqualTo("READ");
			assertThat(line.actor()).isEqualTo("rep-d3");
			assertThat(line.detail()).isEqualTo("witnessStatements");
		});
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.action()).isEqualTo("DISCLOSE");
			assertThat(line.actor()).isEqualTo("register-service");
		});
		assertThat(lines).allSatisfy(
				(line) -> assertThat(String.join("|", line.actor(), line.purpose(), String.valueOf(line.detail())))
					.doesNotContain(TestReports.CUSTOMER_NAME, "threats", "I heard it"));
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("D3: a purpose stated in the PSR-Purpose header is what the trail records")
	void statedPurpose() throws Exception {
		Response reported = api().post("/api/incidents", rep("rep-d3b"), report("HSG-D3B", "VERBAL_ABUSE"));
		String incidentId = reported.json().get("id").asString();
		HttpResponse<String> read = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/incidents/" + incidentId))
				.header("Authorization", "Bearer " + manager("manager-d3b"))
				.header("PSR-Purpose", "complaint investigation C-77")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(this.trail.about("incident", incidentId)).anySatisfy((line) -> {
			assertThat(line.actor()).isEqualTo("manager-d3b");
			assertThat(line.purpose()).isEqualTo("complaint investigation C-77");
		});
	}

	@Test
	@DisplayName("D3: changing or deleting a trail row with plain JDBC is refused by the database")
	void trailIsAppendOnly() {
		Response reported = api().post("/api/incidents", rep("rep-d3c"), report("HSG-D3C", "VERBAL_ABUSE"));
		String incidentId = reported.json().get("id").asString();
		assertThat(this.trail.about("incident", incidentId)).isNotEmpty();
		assertThatThrownBy(() -> this.jdbc.update("update audit_trail set actor = 'someone-else' where subject_id = ?",
				incidentId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_trail where subject_id = ?", incidentId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.trail.about("incident", incidentId))
			.allSatisfy((line) -> assertThat(line.actor()).isNotEqualTo("someone-else"));
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("D3: a review that loses to a change committed meanwhile is a conflict (409), not a 500, and leaves no trail line; the chain verifies")
	void changeRefusedAtCommitLeavesNoLine() {
		Response reported = api().post("/api/incidents", rep("rep-d3d"), report("HSG-D3D", "VERBAL_ABUSE"));
		UUID incidentId = UUID.fromString(reported.json().get("id").asString());
		ReviewDecision decision = new ReviewDecision(ReviewOutcome.NO_FURTHER_ACTION, null, false, false, false);

		// the trail's lines are appended after the transaction's JPA changes are flushed;
		// a stale version found there must still surface as the usual conflict
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.intake.review(incidentId, "manager-d3d", decision);
			CompletableFuture
				.runAsync(() -> this.jdbc.update("update incident set version = version + 1 where id = ?", incidentId))
				.join();
		})).isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(this.trail.about("incident", incidentId.toString())).extracting(AuditRecord::action)
			.containsExactly("CREATE");
		assertThat(this.jdbc.queryForObject("select status from incident where id = ?", String.class, incidentId))
			.isEqualTo("AWAITING_REVIEW");
		assertThat(this.trail.verify().intact()).isTrue();
	}

}
