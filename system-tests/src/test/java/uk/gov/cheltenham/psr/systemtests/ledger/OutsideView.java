package uk.gov.cheltenham.psr.systemtests.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.FlakyReceiver;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

/**
 * Counts the effects of accepted commands from the outside only, as the people and
 * systems downstream see them: register entries (register API as the CRO), markers on the
 * compacted marker topic (read from the start), notification mails in the team's mailbox
 * (the mail catcher's API), calls accepted by the team's webhook, letters (letters API as
 * the CRO) and partner updates accepted by the partner's endpoint. A notice sent again
 * with the same key (Message-ID, webhook delivery id, partner idempotency key), which its
 * receiver can recognise and drop, is one effect; the repeats are counted apart.
 */
final class OutsideView {

	/** What one command should cause, once each. */
	enum Effect {

		ENTRY, MARKER, TEAM_MAIL, TEAM_WEBHOOK, LETTER, PARTNER_UPDATE

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LocalStack stack;

	private final String mailbox;

	private final Pattern references;

	/** Repeats seen by the latest count. */
	private final Map<String, Integer> repeats = new HashMap<>();

	/**
	 * Letters per entry already seen, so a poll asks only about the rest.
	 */
	private final Map<String, Integer> lettersSeen = new HashMap<>();

	private final FlakyReceiver webhooks;

	private final FlakyReceiver partner;

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
		this.webhooks = webhooks;
		this.partner = partner;
		this.mailbox = mailbox;
		this.references = Pattern.compile(Pattern.quote(referencePrefix) + "[A-Za-z0-9-]*\\d");
	}

	/**
	 * Counts every effect of the given commands.
	 * @param commands the accepted commands
	 * @param recount {@code false} to skip asking again about letters already found
	 * (while waiting for a backlog to drain); {@code true} for the final count, which
	 * must see duplicates that came late
	 * @return the counts
	 * @throws IllegalStateException if a part of the system does not answer
	 */
	Tally count(List<AcceptedCommand> commands, boolean recount) {
		if (recount) {
			this.lettersSeen.clear();
		}
		this.repeats.clear();
		DemoLogins logins = this.stack.logins();
		String cro = logins.token("cro");
		Map<String, List<String>> entriesByIncident = entriesByIncident(cro);
		Map<String, Integer> markers = markersByKey();
		Map<String, Integer> mails = mailsByReference();
		Map<String, Integer> webhookCalls = keyed(this.webhooks, "reference", "psr-delivery-id");
		Map<String, Integer> partnerUpdates = keyed(this.partner, "entryId", "idempotency-key");
		Tally tally = new Tally(commands.size());
		for (AcceptedCommand command : commands) {
			List<String> entries = entriesByIncident.getOrDefault(command.incidentId(), List.of());
			tally.add(Effect.ENTRY, entries.size());
			tally.add(Effect.MARKER, markers.getOrDefault(command.markerKey(), 0));
			tally.add(Effect.TEAM_MAIL, mails.getOrDefault(command.reference(), 0));
			tally.add(Effect.TEAM_WEBHOOK, webhookCalls.getOrDefault(command.reference(), 0));
			int letters = 0;
			int updates = 0;
			for (String entryId : entries) {
				letters += perEntry(this.lettersSeen, entryId, "letters-service", "/api/letters?entryId=", cro);
				updates += partnerUpdates.getOrDefault(entryId, 0);
			}
			tally.add(Effect.LETTER, letters);
			tally.add(Effect.PARTNER_UPDATE, updates);
		}
		return tally;
	}

	private Map<String, List<String>> entriesByIncident(String cro) {
		Map<String, List<String>> entries = new HashMap<>();
		for (JsonNode entry : ok(this.stack.api("register-service").get("/api/entries", cro))) {
			for (JsonNode incidentId : entry.get("incidentIds")) {
				entries.computeIfAbsent(incidentId.asString(), (id) -> new ArrayList<>())
					.add(entry.get("id").asString());
			}
		}
		return entries;
	}

	/**
	 * Marker records with a value, per key. The topic is compacted and a marker is state,
	 * so a key counts once however often its (same) value was published; {@link Tally}
	 * keeps the repeats apart.
	 */
	private Map<String, Integer> markersByKey() {
		Map<String, Integer> markers = new HashMap<>();
		KafkaTestClient kafka = new KafkaTestClient(this.stack.kafka().bootstrapServers());
		for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.MARKERS, Duration.ofSeconds(60))) {
			if (record.key() != null && record.value() != null) {
				markers.merge(record.key(), 1, Integer::sum);
			}
		}
		return markers;
	}

	/**
	 * Accepted calls to a receiver, per value of {@code field} in the JSON body, counting
	 * each key once; calls repeating a key are counted in {@link #repeats}.
	 */
	private Map<String, Integer> keyed(FlakyReceiver receiver, String field, String keyHeader) {
		Map<String, Set<String>> keys = new HashMap<>();
		for (FlakyReceiver.Call call : receiver.calls()) {
			if (!call.accepted()) {
				continue;
			}
			JsonNode body = JSON.readTree(call.body());
			JsonNode value = body.get(field);
			if (value == null) {
				continue;
			}
			if (!keys.computeIfAbsent(value.asString(), (v) -> new HashSet<>()).add(call.headers().get(keyHeader))) {
				this.repeats.merge(keyHeader, 1, Integer::sum);
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		keys.forEach((value, distinct) -> counts.put(value, distinct.size()));
		return counts;
	}

	/**
	 * Notices received again with the same key since the view was made, by key kind: the
	 * residual at-least-once window (a sender stopped between sending and recording).
	 * @return e.g. {@code {message-id=1}}
	 */
	Map<String, Integer> repeats() {
		return Map.copyOf(this.repeats);
	}

	/**
	 * Mails to the team mailbox, per reference named in the subject or body; a mail
	 * repeating an earlier one's Message-ID is a repeat, not another effect.
	 */
	private Map<String, Integer> mailsByReference() {
		Set<String> messageIds = new HashSet<>();
		Map<String, Integer> mails = new HashMap<>();
		for (JsonNode mail : ok(ApiClient.local(this.stack.mailApi().port()).get("/messages", null))) {
			if (!sentTo(mail, this.mailbox)) {
				continue;
			}
			JsonNode messageId = mail.get("messageId");
			if (messageId != null && !messageId.isNull() && !messageIds.add(messageId.asString())) {
				this.repeats.merge("message-id", 1, Integer::sum);
				continue;
			}
			Set<String> named = new HashSet<>();
			Matcher matcher = this.references
				.matcher(mail.get("subject").asString() + "\n" + mail.get("body").asString());
			while (matcher.find()) {
				named.add(matcher.group());
			}
			named.forEach((reference) -> mails.merge(reference, 1, Integer::sum));
		}
		return mails;
	}

	private int perEntry(Map<String, Integer> seen, String entryId, String service, String path, String cro) {
		Integer known = seen.get(entryId);
		if (known != null && known > 0) {
			return known;
		}
		int count = ok(this.stack.api(service).get(path + entryId, cro)).size();
		seen.put(entryId, count);
		return count;
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
