package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class OutboundUpdateTest {

	static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	static final List<String> ALLOW_LIST = List.of("entryId", "restrictions", "cautions", "reviewDue", "status");

	final DataSharingAgreement agreement = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
			List.of("EntryOpened", "EntryExtended", "EntryRemoved", "EntryPurged"), ALLOW_LIST);

	final UUID entryId = UUID.randomUUID();

	final UUID eventId = UUID.randomUUID();

	@Test
	@DisplayName("P1, P3: a covered change is recorded with the agreement, recipient and allowed field names, pending delivery")
	void coveredChangeRecorded() {
		List<OutboundUpdate> owed = OutboundUpdate.owedFor(this.agreement, RegisterChange.ENTRY_OPENED, this.entryId,
				this.eventId, false, NOW);

		assertThat(owed).singleElement().satisfies((update) -> {
			assertThat(update.kind()).isEqualTo(UpdateKind.UPDATE);
			assertThat(update.entryId()).isEqualTo(this.entryId);
			assertThat(update.sourceEventId()).isEqualTo(this.eventId);
			assertThat(update.agreementReference()).isEqualTo("CBH-DSA-2024-01");
			assertThat(update.recipient()).isEqualTo("psr-updates@cbh.example");
			assertThat(update.disclosedFields()).containsExactlyElementsOf(ALLOW_LIST);
			assertThat(update.createdAt()).isEqualTo(NOW);
			assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
		});
	}

	@ParameterizedTest
	@EnumSource(RegisterChange.class)
	@DisplayName("P1: a field not on the allow-list never appears in a recorded update")
	void allowListHolds(RegisterChange change) {
		DataSharingAgreement narrow = DataSharingAgreement.of(
				"CBH-DSA-2024-01", "psr-updates@cbh.example", List.of("EntryOpened", "EntryExtended", "EntryReviewed",
						"AppealLodged", "AppealDecided", "EntryRemoved", "EntryPurged"),
				List.of("entryId", "reviewDue"));

		List<OutboundUpdate> owed = OutboundUpdate.owedFor(narrow, change, this.entryId, this.eventId, true, NOW);

		assertThat(owed).isNotEmpty()
			.allSatisfy((update) -> assertThat(update.disclosedFields()).isSubsetOf("entryId", "reviewDue")
				.doesNotContain("customerName", "address", "dateOfBirth", "restrictions", "cautions", "status"));
	}

	@Test
	@DisplayName("P1: a change the agreement does not cover is not recorded at all")
	void uncoveredChangeNotRecorded() {
		assertThat(OutboundUpdate.owedFor(this.agreement, RegisterChange.APPEAL_LODGED, this.entryId, this.eventId,
				true, NOW))
			.isEmpty();
	}

	@Test
	@DisplayName("R12, P3: a purge is told to CBH and CBH is asked to delete its copy")
	void purgeAsksForDeletion() {
		List<OutboundUpdate> owed = OutboundUpdate.owedFor(this.agreement, RegisterChange.ENTRY_PURGED, this.entryId,
				this.eventId, true, NOW);

		assertThat(owed).extracting(OutboundUpdate::kind)
			.containsExactly(UpdateKind.UPDATE, UpdateKind.DELETION_REQUEST);
		OutboundUpdate deletion = owed.get(1);
		assertThat(deletion.disclosedFields()).containsExactly("entryId");
		assertThat(deletion.agreementReference()).isEqualTo("CBH-DSA-2024-01");
		assertThat(deletion.sourceEventId()).isEqualTo(this.eventId);
		assertThat(deletion.status()).isEqualTo(DeliveryStatus.PENDING);
	}

	@Test
	@DisplayName("R12: the deletion request is owed even when the agreement no longer covers purges")
	void deletionRequestOwedWithoutCoverage() {
		DataSharingAgreement withoutPurge = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
				List.of("EntryOpened"), ALLOW_LIST);

		List<OutboundUpdate> owed = OutboundUpdate.owedFor(withoutPurge, RegisterChange.ENTRY_PURGED, this.entryId,
				this.eventId, true, NOW);

		assertThat(owed).extracting(OutboundUpdate::kind).containsExactly(UpdateKind.DELETION_REQUEST);
	}

	@Test
	@DisplayName("D1: no deletion request about an entry CBH was never told of, which would itself disclose it")
	void noDeletionRequestForUnsharedEntry() {
		DataSharingAgreement withoutPurge = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
				List.of("EntryOpened"), ALLOW_LIST);

		assertThat(OutboundUpdate.owedFor(withoutPurge, RegisterChange.ENTRY_PURGED, this.entryId, this.eventId, false,
				NOW))
			.isEmpty();
	}

	static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

	static final PartnerChannel DOWN = (message) -> {
		throw new PartnerDeliveryException("Mail server unreachable (ConnectException)", null);
	};

	/** The register as register-service answers: the fields asked for, and one more. */
	final FakeRegister register = new FakeRegister();

	OutboundUpdate newUpdate() {
		return OutboundUpdate
			.owedFor(this.agreement, RegisterChange.ENTRY_OPENED, this.entryId, this.eventId, false, NOW)
			.get(0);
	}

	@Test
	@DisplayName("P1: a claimed update is SENDING until its lease runs out; claimed again, it is sent with the same update id, and the stale attempt records nothing")
	void claimedUnderLease() throws Exception {
		OutboundUpdate update = newUpdate();
		List<PartnerMessage> delivered = new ArrayList<>();

		UUID first = update.claim(NOW, NOW.plusSeconds(60));
		update.sendVia(delivered::add, this.register);
		// the sender died before recording: the update waits for its lease
		assertThat(update.status()).isEqualTo(DeliveryStatus.SENDING);
		assertThat(update.isDue(NOW.plusSeconds(59))).isFalse();
		UUID second = update.claim(NOW.plusSeconds(60), NOW.plusSeconds(120));
		update.sendVia(delivered::add, this.register);

		assertThat(update.recordAttempt(first, null, NOW.plusSeconds(61), THREE_ATTEMPTS)).isFalse();
		assertThat(update.status()).isEqualTo(DeliveryStatus.SENDING);
		assertThat(update.recordAttempt(second, null, NOW.plusSeconds(61), THREE_ATTEMPTS)).isTrue();
		assertThat(update.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivered).extracting(PartnerMessage::updateId).containsExactly(update.id(), update.id());
		assertThat(delivered).extracting(PartnerMessage::messageId)
			.containsOnly("<" + update.id() + "@partner-sync.psr.cheltenham.gov.uk>");
	}

	@Test
	@DisplayName("P1: with a retry window of a day, a partner away for an hour delays an update, at most 20 s apart, but does not fail it")
	void longOutageDoesNotFail() {
		RetryPolicy day = RetryPolicy.lasting(Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(20));
		OutboundUpdate update = newUpdate();
		Instant now = NOW;

		while (now.isBefore(NOW.plus(Duration.ofHours(1)))) {
			update.deliverVia(DOWN, this.register, now, day);
			assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(Duration.between(now, update.nextAttemptAt())).isLessThanOrEqualTo(Duration.ofSeconds(20));
			now = update.nextAttemptAt();
		}

		assertThat(update.deliverVia((message) -> {
		}, this.register, now, day)).isTrue();
	}

	@Test
	@DisplayName("P1: a delivered update is SENT once, and cannot be sent again")
	void sentOnce() {
		OutboundUpdate update = newUpdate();
		List<PartnerMessage> delivered = new ArrayList<>();

		assertThat(update.deliverVia(delivered::add, this.register, NOW, THREE_ATTEMPTS)).isTrue();

		assertThat(update.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(update.attempts()).isEqualTo(1);
		assertThat(delivered).singleElement().satisfies((message) -> {
			assertThat(message.updateId()).isEqualTo(update.id());
			assertThat(message.recipient()).isEqualTo("psr-updates@cbh.example");
			assertThat(message.subject()).doesNotContain(this.entryId.toString()).doesNotContain("Visit in pairs");
		});
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> update.deliverVia(delivered::add, this.register, NOW, THREE_ATTEMPTS));
		assertThat(delivered).hasSize(1);
	}

	@Test
	@DisplayName("P1: while the partner is down the update is retried with growing backoff, then FAILED with its attempts and last error")
	void retriedWithBackoffThenFailed() {
		OutboundUpdate update = newUpdate();

		update.deliverVia(DOWN, this.register, NOW, THREE_ATTEMPTS);
		assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(update.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(update.isDue(NOW)).isFalse();
		assertThat(update.isDue(NOW.plus(Duration.ofMinutes(1)))).isTrue();

		Instant second = NOW.plus(Duration.ofMinutes(1));
		update.deliverVia(DOWN, this.register, second, THREE_ATTEMPTS);
		assertThat(update.nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));

		update.deliverVia(DOWN, this.register, second.plus(Duration.ofMinutes(2)), THREE_ATTEMPTS);
		assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(update.attempts()).isEqualTo(3);
		assertThat(update.lastError()).isEqualTo("Mail server unreachable (ConnectException)");
		assertThat(update.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	@DisplayName("P1: the register is asked for exactly the allow-listed field names, and a field it answers beyond them is dropped")
	void onlyAllowListedFieldsAskedForAndSent() throws Exception {
		PartnerMessage message = newUpdate().message(this.register);

		assertThat(this.register.askedFor).containsExactly(ALLOW_LIST);
		assertThat(message.fieldNames()).containsExactlyElementsOf(ALLOW_LIST);
		assertThat(message.fields()).doesNotContainKey("dateOfBirth")
			.containsEntry("entryId", this.entryId.toString())
			.containsEntry("restrictions", List.of("Visit in pairs", "Contact by email only"))
			.containsEntry("reviewDue", "2027-05-28")
			.containsEntry("cautions", null);
		assertThat(message.textBody()).doesNotContain("1970-01-01").doesNotContain("dateOfBirth");
		assertThat(message.toString()).doesNotContain("Visit in pairs");
	}

	@Test
	@DisplayName("P1, D1: the message names the allowed fields and the entry, with the register's values one a line")
	void messageHoldsAllowedValues() throws Exception {
		String body = newUpdate().message(this.register).textBody();

		assertThat(body).contains("Fields: entryId, restrictions, cautions, reviewDue, status")
			.contains("Entry: " + this.entryId)
			.contains("Change: EntryOpened")
			.contains("CBH-DSA-2024-01")
			.contains("restrictions:\r\n  - Visit in pairs\r\n  - Contact by email only\r\n")
			.contains("cautions: (none held)\r\n")
			.contains("reviewDue: 2027-05-28\r\n");
	}

	@Test
	@DisplayName("P1: a value cannot break into a line of its own and pose as another field")
	void valueStaysOnItsLine() throws Exception {
		this.register.answer.put("status", "ACTIVE\r\nrestrictions: none");

		assertThat(newUpdate().message(this.register).textBody()).contains("status: ACTIVE restrictions: none\r\n");
	}

	@Test
	@DisplayName("R12, D1: a deletion request names only the entry, so the register is not asked at all")
	void deletionRequestNeedsNoRegister() throws Exception {
		OutboundUpdate deletion = OutboundUpdate
			.owedFor(this.agreement, RegisterChange.ENTRY_PURGED, this.entryId, this.eventId, true, NOW)
			.get(1);

		PartnerMessage message = deletion.message(this.register);

		assertThat(this.register.askedFor).isEmpty();
		assertThat(message.fields()).containsExactly(entry("entryId", this.entryId.toString()));
		assertThat(message.textBody()).contains("Please delete every copy");
	}

	@Test
	@DisplayName("P1: while the register is unavailable the update is retried with backoff, then FAILED; nothing is sent")
	void registerUnavailableRetried() {
		OutboundUpdate update = newUpdate();
		List<PartnerMessage> delivered = new ArrayList<>();
		this.register.failure = RegisterReadFailure.Cause.UNAVAILABLE;

		assertThat(update.deliverVia(delivered::add, this.register, NOW, THREE_ATTEMPTS)).isFalse();
		assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(update.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(update.lastError()).isEqualTo("register down");

		update.deliverVia(delivered::add, this.register, NOW.plus(Duration.ofMinutes(1)), THREE_ATTEMPTS);
		update.deliverVia(delivered::add, this.register, NOW.plus(Duration.ofMinutes(3)), THREE_ATTEMPTS);
		assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(delivered).isEmpty();
	}

	@Test
	@DisplayName("P1, R12: an entry the register deleted for good (410) cancels the update; nothing is sent and it is not retried")
	void entryGoneCancels() {
		OutboundUpdate update = newUpdate();
		List<PartnerMessage> delivered = new ArrayList<>();
		this.register.failure = RegisterReadFailure.Cause.ENTRY_GONE;

		assertThat(update.deliverVia(delivered::add, this.register, NOW, THREE_ATTEMPTS)).isFalse();

		assertThat(update.status()).isEqualTo(DeliveryStatus.CANCELLED);
		assertThat(update.lastError()).isEqualTo("register down");
		assertThat(update.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertThat(delivered).isEmpty();
	}

	@Test
	@DisplayName("P1: an entry the register does not know (404) FAILS the update at once, visibly; nothing is sent")
	void entryUnknownFails() {
		OutboundUpdate update = newUpdate();
		List<PartnerMessage> delivered = new ArrayList<>();
		this.register.failure = RegisterReadFailure.Cause.ENTRY_UNKNOWN;

		assertThat(update.deliverVia(delivered::add, this.register, NOW, THREE_ATTEMPTS)).isFalse();

		assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(update.attempts()).isEqualTo(1);
		assertThat(update.lastError()).isNotBlank();
		assertThat(delivered).isEmpty();
	}

	/**
	 * Answers every field asked for that it holds, plus a date of birth nobody asked for.
	 */
	static final class FakeRegister implements EntryRegister {

		final Map<String, Object> answer = new HashMap<>(
				Map.of("entryId", "ignored", "restrictions", List.of("Visit in pairs", "Contact by email only"),
						"reviewDue", "2027-05-28", "status", "ACTIVE", "dateOfBirth", "1970-01-01"));

		final List<List<String>> askedFor = new ArrayList<>();

		RegisterReadFailure.Cause failure;

		@Override
		public Map<String, Object> sharedFields(UUID entryId, List<String> fieldNames) throws RegisterReadFailure {
			this.askedFor.add(fieldNames);
			if (this.failure != null) {
				throw new RegisterReadFailure(this.failure, "register down", null);
			}
			return this.answer;
		}

	}

}
