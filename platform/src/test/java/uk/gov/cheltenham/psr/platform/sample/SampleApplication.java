package uk.gov.cheltenham.psr.platform.sample;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
		// names the one type it acts on: other register events are skipped unread
		return incoming.handlers("platform-sample").on(EntryPurged.class, (purged) -> {
			jdbc.update("insert into sample_handled (event_id) values (?)", purged.eventId());
			if (FAILING_ENTRY.equals(purged.entryId())) {
				throw new IllegalStateException("sample handler failure");
			}
		});
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
