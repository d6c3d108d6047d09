package uk.gov.cheltenham.psr.platform.outbox;

import java.nio.charset.StandardCharsets;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import uk.gov.cheltenham.psr.events.Topics;

/**
 * Publishes through Spring Cloud Stream. Output bindings are synchronous (see the
 * platform defaults), so {@link StreamBridge#send} returns after the broker's
 * acknowledgement or throws. Each topic has a binding of the same name with dots as
 * dashes.
 */
public class StreamBridgeOutboxSender implements OutboxSender {

	private final StreamBridge streamBridge;

	public StreamBridgeOutboxSender(StreamBridge streamBridge) {
		this.streamBridge = streamBridge;
	}

	@Override
	public void send(OutboxMessage message) {
		Object payload = message.isTombstone() ? KafkaNull.INSTANCE : message.payload();
		Message<?> kafkaMessage = MessageBuilder.withPayload(payload)
			.setHeader(KafkaHeaders.KEY, message.key().getBytes(StandardCharsets.UTF_8))
			.setHeader(Topics.TYPE_HEADER, message.type())
			.setHeader(Topics.EVENT_ID_HEADER, message.messageId().toString())
			.build();
		if (!this.streamBridge.send(bindingName(message.topic()), kafkaMessage)) {
			throw new IllegalStateException("Binder refused message " + message.messageId());
		}
	}

	static String bindingName(String topic) {
		return topic.replace('.', '-');
	}

}
