package uk.gov.cheltenham.psr.notification.reminder;

import uk.gov.cheltenham.psr.notification.delivery.Delivery;

/** A reminder raised and the email delivery that sends it (status, attempts, error). */
public record RaisedReminder(Reminder reminder, Delivery delivery) {
}
