package uk.gov.cheltenham.psr.register.task;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskStatus;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskSubject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CroTaskTest {

	private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	@Test
	@DisplayName("P2: a partner update is an open task until the CRO completes it with an outcome, once")
	void completeOnce() {
		CroTask task = new CroTask(TaskKind.PARTNER_UPDATE, "partner-update:1",
				new TaskSubject(null, null, UUID.randomUUID()), "CBH sent an update", NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
		assertThatThrownBy(() -> task.complete("cro-1", " ", NOW)).isInstanceOf(RuleViolation.class);
		task.complete("cro-1", "entry updated by hand", NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.DONE);
		assertThat(task.completedBy()).isEqualTo("cro-1");
		assertThatThrownBy(() -> task.complete("cro-2", "again", NOW)).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.rule()).isEqualTo("P2"));
	}

}
