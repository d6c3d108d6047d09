package uk.gov.cheltenham.psr.register.task;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskStatus;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskSubject;

/** The CRO's task list: raised once per cause, listed, completed with an outcome. */
@Service
public class CroTasks {

	private final CroTaskRepository tasks;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CroTasks(CroTaskRepository tasks, JdbcTemplate jdbc, Clock clock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Raises a task unless one with the same source key exists (a cause redelivered under
	 * another event id still makes one task). Joins the caller's transaction.
	 * @return whether a task was raised
	 */
	@Transactional
	public boolean raise(TaskKind kind, String sourceKey, TaskSubject subject, String detail) {
		if (this.tasks.existsBySourceKey(sourceKey)) {
			return false;
		}
		this.tasks.save(new CroTask(kind, sourceKey, subject, detail, this.clock.instant()));
		return true;
	}

	@Transactional(readOnly = true)
	public List<CroTask> list(TaskStatus status) {
		return this.tasks.findByStatusOrderByCreatedAtAsc(status);
	}

	@Transactional
	public CroTask complete(UUID taskId, String by, String outcome) {
		CroTask task = this.tasks.findById(taskId).orElseThrow(() -> new NotFound("Task " + taskId));
		task.complete(by, outcome, this.clock.instant());
		return this.tasks.save(task);
	}

	/** Tasks about a purged entry go with it (R12). */
	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from cro_task where entry_id = ?", purged.entryId());
	}

}
