package uk.gov.cheltenham.psr.register.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.task.CroTask;
import uk.gov.cheltenham.psr.register.task.CroTasks;

/** The CRO's tasks (P2, I6, I7, I8, R2): listed and completed with an outcome. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final CroTasks tasks;

	TaskController(CroTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@PreAuthorize("hasRole('CRO')")
	List<TaskView> list(@RequestParam(defaultValue = "OPEN") CroTask.TaskStatus status) {
		return this.tasks.list(status).stream().map(TaskView::of).toList();
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasRole('CRO')")
	TaskView complete(@PathVariable UUID id, @Valid @RequestBody Completion completion,
			@AuthenticationPrincipal Jwt caller) {
		return TaskView.of(this.tasks.complete(id, caller.getSubject(), completion.outcome()));
	}

	record Completion(@NotBlank @Size(max = 1000) String outcome) {
	}

	record TaskView(UUID id, String kind, String rule, UUID entryId, UUID incidentId, UUID referenceId, String detail,
			String status, Instant createdAt, String completedBy, Instant completedAt, String outcome) {

		static TaskView of(CroTask task) {
			return new TaskView(task.id(), task.kind().name(), task.kind().rule(), task.entryId(), task.incidentId(),
					task.referenceId(), task.detail(), task.status().name(), task.createdAt(), task.completedBy(),
					task.completedAt(), task.outcome());
		}

	}

}
