package uk.gov.cheltenham.psr.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.notification.reminder.Reminders;

/**
 * The reminder log (M4) for the CRO: the latest 200 reminders raised and how their emails
 * fared. A FAILED one is re-driven like any delivery, through {@code POST
 * /api/deliveries/{deliveryId}/redrive}.
 */
@RestController
@RequestMapping("/api/reminders")
@PreAuthorize("hasRole('CRO')")
class ReminderController {

	private final Reminders reminders;

	ReminderController(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping
	@Operation(summary = "The latest reminders raised, with the status of their emails",
			description = "Reviews due and overdue, appeals and incidents waiting, Governance Group agendas: each "
					+ "raised once per occasion (kind, subject, due date) to the role's mailbox.")
	List<ReminderView> recent() {
		return this.reminders.recent().stream().map(ReminderView::of).toList();
	}

}
