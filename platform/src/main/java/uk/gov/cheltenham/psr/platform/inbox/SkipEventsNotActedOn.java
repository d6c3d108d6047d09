package uk.gov.cheltenham.psr.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.integration.kafka.inbound.KafkaMessageDrivenChannelAdapter;
import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

import uk.gov.cheltenham.psr.events.Topics;

/**
 * Skips, in the Kafka listener container, every record whose type no
 * {@link EventHandlers} bound to its topic names (or whose handler's condition it does
 * not meet), so it never enters Spring Cloud Stream's message pipeline (channels,
 * function invocation, content conversion, observation): per decision, eight of the
 * fifteen deliveries across the services are of types the consumer does not act on, and
 * going through that pipeline cost each about as much as one it acted on. Its offset is
 * committed like any other. A topic bound to any other kind of consumer is left alone,
 * and so is a record without a type header, for {@link IncomingEvents} to dead-letter.
 */
public class SkipEventsNotActedOn implements ConsumerEndpointCustomizer<KafkaMessageDrivenChannelAdapter<?, ?>> {

	private static final String INPUT_SUFFIX = "-in-0";

	private final BindingServiceProperties bindings;

	private final BeanFactory beans;

	public SkipEventsNotActedOn(BindingServiceProperties bindings, BeanFactory beans) {
		this.bindings = bindings;
		this.beans = beans;
	}

	@Override
	public void configure(KafkaMessageDrivenChannelAdapter<?, ?> endpoint, String destinationName, String group) {
		consumersOf(destinationName).ifPresent((consumers) -> {
			@SuppressWarnings("unchecked")
			KafkaMessageDrivenChannelAdapter<Object, Object> adapter = (KafkaMessageDrivenChannelAdapter<Object, Object>) endpoint;
			adapter.setRecordFilterStrategy(new NotActedOn(consumers));
			adapter.setAckDiscarded(true);
		});
	}

	/**
	 * The consumers bound to {@code destination}, or empty when one of them is not an
	 * {@link EventHandlers} (it may act on anything).
	 */
	Optional<List<EventHandlers>> consumersOf(String destination) {
		List<EventHandlers> consumers = new ArrayList<>();
		for (Map.Entry<String, BindingProperties> binding : this.bindings.getBindings().entrySet()) {
			String name = binding.getKey();
			if (!name.endsWith(INPUT_SUFFIX) || !destination.equals(binding.getValue().getDestination())) {
				continue;
			}
			String function = name.substring(0, name.length() - INPUT_SUFFIX.length());
			if (!this.beans.containsBean(function)
					|| !(this.beans.getBean(function) instanceof EventHandlers handlers)) {
				return Optional.empty();
			}
			consumers.add(handlers);
		}
		return consumers.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(consumers));
	}

	/**
	 * Filters out (returns true for) a record no consumer acts on, by the same test as
	 * {@link IncomingEvents}: a type not named, or not known yet, or one whose handler's
	 * condition the event does not meet (register-service reads every incident reported
	 * to find the few breaches of an entry's restrictions).
	 */
	static final class NotActedOn implements RecordFilterStrategy<Object, Object> {

		private final List<EventHandlers> consumers;

		NotActedOn(List<EventHandlers> consumers) {
			this.consumers = consumers;
		}

		@Override
		public boolean filter(ConsumerRecord<Object, Object> record) {
			Header type = record.headers().lastHeader(Topics.TYPE_HEADER);
			if (type == null) {
				return false;
			}
			String name = new String(type.value(), StandardCharsets.UTF_8);
			return this.consumers.stream().noneMatch((consumer) -> consumer.actsOn(name, record.value()));
		}

	}

}
