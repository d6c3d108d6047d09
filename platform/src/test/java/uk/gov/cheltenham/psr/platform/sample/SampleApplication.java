package uk.gov.cheltenham.psr.platform.sample;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.config.GlobalChannelInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;

/** A minimal service on the platform: one state change with an event, one consumer. */
@SpringBootApplication
@EnablePsrPlatform
public class SampleApplication {

	/**
	 * Events with this entry id make the sample handler fail, to exercise retries and
	 * DLQ.
	 */
	public static final UUID FAILING_ENTRY = UUID.fromString("00000000-0000-4000-8000-00000000dead");

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, JdbcTemplate jdbc) {
		// names the types it acts on: other register events are skipped unread
		return incoming.handlers("platform-sample").on(EntryPurged.class, (purged) -> {
			jdbc.update("insert into sample_handled (event_id) values (?)", purged.eventId());
			if (FAILING_ENTRY.equals(purged.entryId())) {
				throw new IllegalStateException("sample handler failure");
			}
		})
			// acts only on approvals by the CSSM
			.on(EntryApproved.class, (approved) -> "CSSM".equals(approved.approverRole()),
					(approved) -> jdbc.update("insert into sample_handled (event_id) values (?)", approved.eventId()));
	}

	/**
	 * The keys of the records that reached the consumer's input channel, past the
	 * listener container: the test of {@code SkipEventsNotActedOn} reads it.
	 */
	@Bean
	@GlobalChannelInterceptor(patterns = "registerEvents-in-0")
	ChannelSeen channelSeen() {
		return new ChannelSeen();
	}

	public static final class ChannelSeen implements ChannelInterceptor {

		private final Set<String> keys = ConcurrentHashMap.newKeySet();

		@Override
		public Message<?> preSend(Message<?> message, MessageChannel channel) {
			Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
			if (key != null) {
				this.keys
					.add((key instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : key.toString());
			}
			return message;
		}

		public boolean saw(String key) {
			return this.keys.contains(key);
		}

	}

	@Service
	public static class Notes {

		private final JdbcTemplate jdbc;

		private final Outbox outbox;

		Notes(JdbcTemplate jdbc, Outbox outbox) {
			this.jdbc = jdbc;
			this.outbox = outbox;
		}

		/** A state change and its event, in one transaction. */
		@Transactional
		public void write(UUID id, EntryPurged event) {
			this.jdbc.update("insert into sample_note (id, text) values (?, ?)", id, "note");
			this.outbox.publish(event);
		}

	}

}
