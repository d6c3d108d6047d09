package uk.gov.cheltenham.psr.notification.delivery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.notification.MovableClockConfiguration;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;
import uk.gov.cheltenham.psr.testsupport.Postgres;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sender under faults, on the real PostgreSQL and SMTP server: the service's database
 * taken away between the mail server's acceptance and the SENT record, and a sender that
 * died in that window.
 */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class SenderOutageIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final MailServer mail = MailServer.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void noSubscriptions() {
		this.jdbc.update("delete from team_subscription");
	}

	@Test
	@DisplayName("M3: the database taken away between the mail server's acceptance and the SENT record: recorded once it is back, exactly one email")
	void databaseAwayBetweenSendAndRecord() throws Exception {
		String mailbox = uniqueMailbox();
		subscribe(mailbox);
		String database = this.jdbc.queryForObject("select current_database()", String.class);
		// holds the first SENT record of this mailbox for 3 s, so the outage falls
		// between
		// the send and the record; the sequence is outside any transaction
		this.jdbc.execute("create sequence outage_once");
		this.jdbc.execute("""
				create function hold_first_sent() returns trigger language plpgsql as $$
				begin
				  if new.status = 'SENT' and new.recipient = '%s' and nextval('outage_once') = 1 then
				    perform pg_sleep(3);
				  end if;
				  return new;
				end $$""".formatted(mailbox));
		this.jdbc.execute("create trigger hold_first_sent before update on notification_delivery"
				+ " for each row execute function hold_first_sent()");
		try {
			MarkerSet event = fixture("HSG-OUTAGE");
			this.kafka.sendEvent(event);
			await("email accepted by the mail server").atMost(TIMEOUT)
				.until(() -> !this.mail.receivedMessagesFor(mailbox).isEmpty());

			takeDatabaseAway(database, Duration.ofSeconds(5));

			await("SENT recorded after the database came back").atMost(TIMEOUT)
				.until(() -> "SENT".equals(statusOf(event.eventId())));
			assertThat(this.mail.receivedMessagesFor(mailbox)).hasSize(1);
			assertThat(attemptsOf(event.eventId())).isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop trigger if exists hold_first_sent on notification_delivery");
			this.jdbc.execute("drop function if exists hold_first_sent()");
			this.jdbc.execute("drop sequence if exists outage_once");
		}
	}

	@Test
	@DisplayName("M3: a sender killed between sending and recording leaves the delivery SENDING; when its lease runs out it is sent again with the same Message-ID")
	void killedSenderResendsWithSameMessageId() throws Exception {
		String mailbox = uniqueMailbox();
		subscribe(mailbox);
		MarkerSet event = fixture("HSG-KILLED");
		this.kafka.sendEvent(event);
		await("first email").atMost(TIMEOUT).until(() -> "SENT".equals(statusOf(event.eventId())));
		UUID deliveryId = this.jdbc.queryForObject("select id from notification_delivery where event_id = ?",
				UUID.class, event.eventId());

		// what a kill -9 after the mail server's acceptance leaves behind, its lease run
		// out
		this.jdbc.update("update notification_delivery set status = 'SENDING', attempt_id = ?, sent_at = null,"
				+ " next_attempt_at = now() - interval '1 second' where id = ?", UUID.randomUUID(), deliveryId);

		await("sent again").atMost(TIMEOUT).until(() -> this.mail.receivedMessagesFor(mailbox).size() == 2);
		await("recorded").atMost(TIMEOUT).until(() -> "SENT".equals(statusOf(event.eventId())));
		List<ReceivedMail> mails = this.mail.receivedMessagesFor(mailbox);
		String expected = "<" + deliveryId + "@notification.psr.cheltenham.gov.uk>";
		assertThat(mails.get(0).message().getMessageID()).isEqualTo(expected);
		assertThat(mails.get(1).message().getMessageID()).isEqualTo(expected);
	}

	/**
	 * The service's database refuses connections and its sessions are ended, as when
	 * PostgreSQL stops; other databases on the shared server are untouched.
	 */
	private static void takeDatabaseAway(String database, Duration outage) throws Exception {
		Postgres postgres = Postgres.shared();
		try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
				postgres.password()); Statement statement = admin.createStatement()) {
			statement.execute("alter database \"" + database + "\" allow_connections false");
			try {
				statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
						+ "' and pid <> pg_backend_pid()");
				Thread.sleep(outage.toMillis());
			}
			finally {
				statement.execute("alter database \"" + database + "\" allow_connections true");
			}
		}
	}

	private String statusOf(UUID eventId) {
		List<String> statuses = this.jdbc.queryForList("select status from notification_delivery where event_id = ?",
				String.class, eventId);
		return statuses.isEmpty() ? null : statuses.get(0);
	}

	private int attemptsOf(UUID eventId) {
		return this.jdbc.queryForObject("select attempts from notification_delivery where event_id = ?", Integer.class,
				eventId);
	}

	private void subscribe(String mailbox) throws Exception {
		ApiClient.Response response = ApiClient.local(this.port)
			.post("/api/subscriptions", Tokens.shared().forUser("cro-user", "CRO"),
					"{\"team\":\"housing\",\"email\":\"" + mailbox + "\",\"active\":true}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static MarkerSet fixture(String reference) {
		Map<String, Object> fields = new HashMap<>(Map.of("entryId", UUID.randomUUID(), "reference", reference));
		return KafkaTestClient.fromFixture(EventFixtures.json(MarkerSet.class), MarkerSet.class, fields);
	}

	private static String uniqueMailbox() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
	}

}
