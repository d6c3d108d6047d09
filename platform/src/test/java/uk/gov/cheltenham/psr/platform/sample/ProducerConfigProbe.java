package uk.gov.cheltenham.psr.platform.sample;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sees the configuration the binder really hands to each KafkaProducer: a producer
 * interceptor is configured with the producer's own config map.
 */
public class ProducerConfigProbe implements ProducerInterceptor<Object, Object> {

	private static volatile Map<String, ?> lastConfig;

	public static Map<String, ?> lastConfig() {
		return lastConfig;
	}

	@Override
	public void configure(Map<String, ?> configs) {
		lastConfig = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(configs));
	}

	@Override
	public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
		return record;
	}

	@Override
	public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
	}

	@Override
	public void close() {
	}

}
