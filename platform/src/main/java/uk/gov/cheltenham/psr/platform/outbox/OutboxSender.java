package uk.gov.cheltenham.psr.platform.outbox;

import java.util.List;

/**
 * Sends a batch of outbox messages in order, all of them before waiting for the broker,
 * and reports how many from the start of the batch the broker acknowledged.
 */
@FunctionalInterface
public interface OutboxSender {

	/**
	 * Sends the messages and waits for every acknowledgement (or failure).
	 * @param messages the batch, in outbox order
	 * @return the acknowledged prefix, and what stopped it if it is not the whole batch
	 */
	Sent sendAll(List<OutboxMessage> messages);

	/**
	 * @param acknowledged how many messages from the start of the batch the broker has
	 * acknowledged; a message after the first failure counts as not sent, even if the
	 * broker took it, so it is sent again (consumers are idempotent) after the one that
	 * failed
	 * @param failure why the message at {@code acknowledged} was not, or null when the
	 * whole batch was
	 */
	record Sent(int acknowledged, Exception failure) {

		public boolean failed() {
			return this.failure != null;
		}

	}

}
