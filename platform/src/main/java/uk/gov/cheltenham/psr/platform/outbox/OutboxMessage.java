package uk.gov.cheltenham.psr.platform.outbox;

import java.util.UUID;

/** One row of the outbox as the relay sends it. A null payload is a tombstone. */
public record OutboxMessage(long id, UUID messageId, String topic, String key, String type, byte[] payload,
		int attempts) {

	public boolean isTombstone() {
		return this.payload == null;
	}

}
