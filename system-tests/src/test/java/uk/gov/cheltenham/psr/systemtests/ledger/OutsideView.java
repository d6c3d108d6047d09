package uk.gov.cheltenham.psr.systemtests.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.localstack.FlakyReceiver;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.Postgres;

/**
 * Counts the effects of accepted commands as the people and systems downstream see them:
 * register entries in force and letters (read from the register's and the letters
 * service's own databases, as the register and letters APIs would list them), markers on
 * the compacted marker topic (read from the start), notification mails in the team's
 * mailbox (the mail catcher's API), calls accepted by the team's webhook and partner
 * updates accepted by the partner's endpoint. A notice sent again with the same key
 * (Message-ID, webhook delivery id, partner idempotency key), which its receiver can
 * recognise and drop, is one effect; the repeats are counted apart.
 * <p>
 * Polled once a second while a backlog of thousands of commands drains, so each count
 * reads only what is new since the last one: the marker topic from where it stopped,
 * mails and receiver calls after those already read (both lists only grow at their end),
 * and from the databases just the rows of the commands counted. What was read is kept
 * across faults; a count that fails (a broker stopped, PostgreSQL restarting) keeps what
 * it had read and can simply be repeated.
 */
final class OutsideView implements AutoCloseable {

	/** What one command should cause, once each. */
	enum Effect {

		ENTRY, MARKER, TEAM_MAIL, TEAM_WEBHOOK, LETTER, PARTNER_UPDATE

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long one count may take to read the marker topic up to its end. */
	private static final Duration MARKER_READ_LIMIT = Duration.ofSeconds(30);

	/** Entries per incident, as {@code GET /api/entries} lists them: those in force. */
	private static final String ENTRIES_IN_FORCE = """
			select i.incident_id, i.entry_id from entry_incident i join entry e on e.id = i.entry_id
			where e.status = 'ACTIVE' and i.incident_id = any(?)""";

	/** All letters of an entry, as {@code GET /api/letters?entryId=} lists them. */
	private static final String LETTERS_PER_ENTRY = """
			select entry_id, count(*) from letter where entry_id = any(?) group by entry_id""";

	private final LocalStack stack;

	private final String mailbox;

	private final Pattern references;

	private final String registerDatabase;

	private final String lettersDatabase;

	/** Repeats seen since the view was made, by key kind. */
	private final Map<String, Integer> repeats = new HashMap<>();

	/** Marker records with a value per key, read so far. */
	private final Map<String, Integer> markers = new HashMap<>();

	private KafkaConsumer<String, byte[]> markerConsumer;

	/** Team mails per reference named, read so far; repeats of a Message-ID left out. */
	private final Map<String, Integer> mails = new HashMap<>();

	private final Set<String> messageIds = new HashSet<>();

	private int mailsRead;

	/**
	 * Kept: a client per poll would hold its selector's file descriptors until collected.
	 */
	private final ApiClient mailCatcher;

	private final KeyedCalls webhookCalls;

	private final KeyedCalls partnerUpdates;

	private final Map<String, Connection> connections = new HashMap<>();

	/**
	 * A view for commands whose references start with {@code referencePrefix}.
	 * @param stack the running system
	 * @param mailbox the team mailbox subscribed to marker notifications
	 * @param referencePrefix the references this run uses
	 * @param webhooks the team's webhook receiver
	 * @param partner the partner's endpoint
	 */
	OutsideView(LocalStack stack, String mailbox, String referencePrefix, FlakyReceiver webhooks,
			FlakyReceiver partner) {
		this.stack = stack;
		this.mailCatcher = ApiClient.local(stack.mailApi().port());
		this.mailbox = mailbox;
		this.references = Pattern.compile(Pattern.quote(referencePrefix) + "[A-Za-z0-9-]*\\d");
		this.registerDatabase = stack.service("register-service").database();
		this.lettersDatabase = stack.service("letters-service").database();
		this.webhookCalls = new KeyedCalls(webhooks, "reference", "psr-delivery-id");
		this.partnerUpdates = new KeyedCalls(partner, "entryId", "idempotency-key");
	}

	/**
	 * Counts every effect of the given commands.
	 * @param commands the accepted commands
	 * @return the counts
	 * @throws IllegalStateException if a part of the system does not answer
	 */
	synchronized Tally count(List<AcceptedCommand> commands) {
		readNewMarkers();
		readNewMails();
		this.webhookCalls.readNew();
		this.partnerUpdates.readNew();
		Map<String, List<String>> entriesByIncident = entriesByIncident(commands);
		Map<String, Integer> letters = lettersByEntry(entriesByIncident.values());
		Tally tally = new Tally(commands.size());
		for (AcceptedCommand command : commands) {
			List<String> entries = entriesByIncident.getOrDefault(command.incidentId(), List.of());
			tally.add(Effect.ENTRY, entries.size());
			tally.add(Effect.MARKER, this.markers.getOrDefault(command.markerKey(), 0));
			tally.add(Effect.TEAM_MAIL, this.mails.getOrDefault(command.reference(), 0));
			tally.add(Effect.TEAM_WEBHOOK, this.webhookCalls.count(command.reference()));
			int letterCount = 0;
			int updates = 0;
			for (String entryId : entries) {
				letterCount += letters.getOrDefault(entryId, 0);
				updates += this.partnerUpdates.count(entryId);
			}
			tally.add(Effect.LETTER, letterCount);
			tally.add(Effect.PARTNER_UPDATE, updates);
		}
		return tally;
	}

	/**
	 * Notices received again with the same key since the view was made, by key kind: the
	 * residual at-least-once window (a sender stopped between sending and recording).
	 * @return e.g. {@code {message-id=1}}
	 */
	synchronized Map<String, Integer> repeats() {
		return Map.copyOf(this.repeats);
	}

	@Override
	public synchronized void close() {
		if (this.markerConsumer != null) {
			this.markerConsumer.close();
		}
		closeConnections();
	}

	/** The entries in force per incident, for the given commands' incidents only. */
	private Map<String, List<String>> entriesByIncident(List<AcceptedCommand> commands) {
		Map<String, List<String>> entries = new HashMap<>();
		query(this.registerDatabase, ENTRIES_IN_FORCE, commands.stream().map(AcceptedCommand::incidentId).toList(),
				(row) -> entries.computeIfAbsent(row.getString(1), (id) -> new ArrayList<>()).add(row.getString(2)));
		return entries;
	}

	private Map<String, Integer> lettersByEntry(Collection<List<String>> entries) {
		Map<String, Integer> letters = new HashMap<>();
		query(this.lettersDatabase, LETTERS_PER_ENTRY, entries.stream().flatMap(List::stream).toList(),
				(row) -> letters.put(row.getString(1), row.getInt(2)));
		return letters;
	}

	/**
	 * Runs a query whose one parameter is an array of ids, on a connection kept from one
	 * count to the next (dropped when it fails, e.g. while PostgreSQL restarts).
	 */
	private void query(String database, String sql, List<String> ids, RowReader reader) {
		try {
			Connection connection = this.connections.get(database);
			if (connection == null) {
				connection = connect(database);
				this.connections.put(database, connection);
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setArray(1, connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
				try (ResultSet row = statement.executeQuery()) {
					while (row.next()) {
						reader.read(row);
					}
				}
			}
		}
		catch (SQLException ex) {
			closeConnections();
			throw new IllegalStateException("Could not read the " + database + " database", ex);
		}
	}

	private Connection connect(String database) throws SQLException {
		Postgres postgres = this.stack.postgres();
		Properties properties = new Properties();
		properties.setProperty("user", postgres.username());
		properties.setProperty("password", postgres.password());
		// seconds: a stopped or paused server fails the count rather than hanging it
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("socketTimeout", "60");
		Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), properties);
		connection.setReadOnly(true);
		return connection;
	}

	private void closeConnections() {
		for (Connection connection : this.connections.values()) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// already broken: nothing to release
			}
		}
		this.connections.clear();
	}

	/**
	 * Reads the marker topic on from where the last count stopped, up to its end now. The
	 * topic is compacted and a marker is state, so a key counts once however often its
	 * (same) value was published; {@link Tally} keeps the repeats apart.
	 */
	private void readNewMarkers() {
		if (this.markerConsumer == null) {
			this.markerConsumer = markerConsumer();
		}
		KafkaConsumer<String, byte[]> consumer = this.markerConsumer;
		if (consumer.assignment().isEmpty()) {
			List<PartitionInfo> partitions = consumer.partitionsFor(Topics.MARKERS, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(Topics.MARKERS, info.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
		}
		Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(10));
		long deadline = System.nanoTime() + MARKER_READ_LIMIT.toNanos();
		while (System.nanoTime() < deadline && !reachedEnd(consumer, end)) {
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
				if (record.key() != null && record.value() != null) {
					this.markers.merge(record.key(), 1, Integer::sum);
				}
			}
		}
	}

	private KafkaConsumer<String, byte[]> markerConsumer() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.kafka().bootstrapServers());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		// if a restarted broker no longer has the position, read from the start again
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
	}

	private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	/**
	 * Reads the mails the catcher received since the last count: those to the team
	 * mailbox, per reference named in the subject or body; a mail repeating an earlier
	 * one's Message-ID is a repeat, not another effect.
	 */
	private void readNewMails() {
		JsonNode received = ok(this.mailCatcher.get("/messages?from=" + this.mailsRead, null));
		for (JsonNode mail : received) {
			this.mailsRead++;
			if (!sentTo(mail, this.mailbox)) {
				continue;
			}
			JsonNode messageId = mail.get("messageId");
			if (messageId != null && !messageId.isNull() && !this.messageIds.add(messageId.asString())) {
				this.repeats.merge("message-id", 1, Integer::sum);
				continue;
			}
			Set<String> named = new HashSet<>();
			Matcher matcher = this.references
				.matcher(mail.get("subject").asString() + "\n" + mail.get("body").asString());
			while (matcher.find()) {
				named.add(matcher.group());
			}
			named.forEach((reference) -> this.mails.merge(reference, 1, Integer::sum));
		}
	}

	private static boolean sentTo(JsonNode mail, String mailbox) {
		for (JsonNode to : mail.get("to")) {
			if (to.asString().equalsIgnoreCase(mailbox)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode ok(Response response) {
		if (response.status() != 200) {
			throw new IllegalStateException("Answered " + response.status() + ": " + response.body());
		}
		return response.json();
	}

	/** Reads one row of a result. */
	@FunctionalInterface
	private interface RowReader {

		void read(ResultSet row) throws SQLException;

	}

	/**
	 * Accepted calls to a receiver, per value of a field in the JSON body, counting each
	 * key once; calls repeating a key are counted in {@link #repeats}. Reads each call
	 * once: the receiver's list only grows at its end.
	 */
	private final class KeyedCalls {

		private final FlakyReceiver receiver;

		private final String field;

		private final String keyHeader;

		private final Map<String, Set<String>> keys = new HashMap<>();

		private int read;

		KeyedCalls(FlakyReceiver receiver, String field, String keyHeader) {
			this.receiver = receiver;
			this.field = field;
			this.keyHeader = keyHeader;
		}

		void readNew() {
			List<FlakyReceiver.Call> calls = this.receiver.calls();
			for (FlakyReceiver.Call call : calls.subList(this.read, calls.size())) {
				this.read++;
				if (!call.accepted()) {
					continue;
				}
				JsonNode value = JSON.readTree(call.body()).get(this.field);
				if (value != null && !this.keys.computeIfAbsent(value.asString(), (v) -> new HashSet<>())
					.add(call.headers().get(this.keyHeader))) {
					OutsideView.this.repeats.merge(this.keyHeader, 1, Integer::sum);
				}
			}
		}

		int count(String value) {
			Set<String> distinct = this.keys.get(value);
			return (distinct != null) ? distinct.size() : 0;
		}

	}

	/**
	 * Effects found per kind: how many commands lack one, and how many extra there are.
	 */
	static final class Tally {

		private final int commands;

		private final Map<Effect, int[]> lostAndExtra = new EnumMap<>(Effect.class);

		private int markerRepeats;

		private int found;

		Tally(int commands) {
			this.commands = commands;
			for (Effect effect : Effect.values()) {
				this.lostAndExtra.put(effect, new int[2]);
			}
		}

		void add(Effect effect, int count) {
			int[] counts = this.lostAndExtra.get(effect);
			if (count == 0) {
				counts[0]++;
				return;
			}
			if (effect == Effect.MARKER) {
				// republishing the same state to a compacted topic is how it is meant to
				// behave; reported, not a duplicate effect
				this.markerRepeats += count - 1;
				this.found++;
				return;
			}
			counts[1] += count - 1;
			this.found += count;
		}

		int expected() {
			return this.commands * Effect.values().length;
		}

		int found() {
			return this.found;
		}

		int lost() {
			return this.lostAndExtra.values().stream().mapToInt((counts) -> counts[0]).sum();
		}

		int duplicated() {
			return this.lostAndExtra.values().stream().mapToInt((counts) -> counts[1]).sum();
		}

		int markerRepeats() {
			return this.markerRepeats;
		}

		/** Which kinds were lost or duplicated, e.g. {@code lost TEAM_MAIL 2}. */
		String detail() {
			List<String> parts = new ArrayList<>();
			this.lostAndExtra.forEach((effect, counts) -> {
				if (counts[0] > 0) {
					parts.add("lost " + effect + " " + counts[0]);
				}
				if (counts[1] > 0) {
					parts.add("dup " + effect + " " + counts[1]);
				}
			});
			return String.join(", ", parts);
		}

	}

}
