package uk.gov.cheltenham.psr.platform.outbox;

/** Sends one outbox message and returns only once the broker has acknowledged it. */
@FunctionalInterface
public interface OutboxSender {

	void send(OutboxMessage message) throws Exception;

}
