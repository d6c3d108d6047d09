package uk.gov.cheltenham.psr.notification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.notification.delivery.Delivery;
import uk.gov.cheltenham.psr.notification.delivery.DeliveryStatus;
import uk.gov.cheltenham.psr.notification.reminder.RaisedReminder;
import uk.gov.cheltenham.psr.notification.reminder.ReminderKind;
import uk.gov.cheltenham.psr.notification.reminder.StaffRole;

/**
 * One reminder raised (M4): what, about which id or meeting, for which due date, to which
 * role, and how its email fared. Neither the mailbox nor the text is shown.
 */
record ReminderView(UUID id, ReminderKind kind, String subjectId, LocalDate dueDate, UUID entryId, StaffRole role,
		Instant createdAt, UUID deliveryId, DeliveryStatus status, int attempts, String lastError, Instant sentAt) {

	static ReminderView of(RaisedReminder raised) {
		Delivery delivery = raised.delivery();
		return new ReminderView(raised.reminder().id(), raised.reminder().kind(), raised.reminder().subjectId(),
				raised.reminder().dueDate(), raised.reminder().entryId(), raised.reminder().role(),
				raised.reminder().createdAt(), (delivery != null) ? delivery.id() : null,
				(delivery != null) ? delivery.status() : null, (delivery != null) ? delivery.attempts() : 0,
				(delivery != null) ? delivery.lastError() : null, (delivery != null) ? delivery.sentAt() : null);
	}

}
