package uk.gov.cheltenham.psr.letters.delivery;

/**
 * What became of a letter's delivery (L7): an email is {@link #PENDING} until the mail
 * server accepts it ({@link #SENT}), {@link #SENDING} while one attempt holds it (sent
 * again with the same Message-ID if that attempt is never recorded) or the bounded
 * attempts run out ({@link #FAILED}, shown and re-drivable, never dropped); a letter for
 * post waits in the print queue ({@link #QUEUED_FOR_POST}) until the post room marks it
 * posted ({@link #SENT}).
 */
public enum DeliveryStatus {

	PENDING, SENDING, QUEUED_FOR_POST, SENT, FAILED, CANCELLED

}
