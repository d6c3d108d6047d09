package uk.gov.cheltenham.psr.platform.config;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The Kafka binder's producer settings, read from the same properties the binder uses, so
 * the outbox producer and the binder's producers are configured in one place.
 */
record BinderProducerSettings(Map<String, Object> producerConfig, Map<String, Object> adminConfig) {

	private static final String BINDER = "spring.cloud.stream.kafka.binder";

	static BinderProducerSettings from(Environment environment) {
		Binder binder = Binder.get(environment);
		Map<String, String> common = binder.bind(BINDER + ".configuration", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		Map<String, String> producer = binder
			.bind(BINDER + ".producer-properties", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		String brokers = binder.bind(BINDER + ".brokers", String.class).orElse("127.0.0.1:9092");
		String acks = binder.bind(BINDER + ".required-acks", String.class).orElse("all");

		Map<String, Object> admin = new HashMap<>(common);
		admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers);
		admin.putIfAbsent(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "5000");
		admin.putIfAbsent(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");

		Map<String, Object> producerConfig = new HashMap<>(common);
		producerConfig.putAll(producer);
		producerConfig.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers);
		producerConfig.put(ProducerConfig.ACKS_CONFIG, acks);
		producerConfig.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG,
				environment.getProperty("spring.application.name", "psr") + "-outbox");
		return new BinderProducerSettings(producerConfig, admin);
	}

}
