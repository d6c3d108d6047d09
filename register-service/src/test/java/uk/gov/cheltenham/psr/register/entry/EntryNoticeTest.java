package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.register.approval.Approver;
import uk.gov.cheltenham.psr.register.notice.NoticeDecision;
import uk.gov.cheltenham.psr.register.notice.RecheckOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.NOW;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.TODAY;

class EntryNoticeTest {

	private static final LocalDate RECHECK = TODAY.plusWeeks(2);

	@Test
	@DisplayName("R8: every letter asked for is recorded with the date the customer should be told by (one month)")
	void lettersRecorded() {
		Entry entry = EntryFixtures.inForce();
		entry.setRestrictionPeriod(Period.ofYears(5), "further threats", "cssm-1", TODAY);
		entry.decideRemoval(TODAY);
		entry.approveRemoval(TODAY);
		assertThat(entry.letters()).extracting(EntryLetter::kind)
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.EXTENSION,
					EntryEvents.LetterKind.REMOVAL);
		assertThat(entry.letters()).allSatisfy((letter) -> {
			assertThat(letter.status()).isEqualTo(EntryLetter.Status.REQUESTED);
			assertThat(letter.informBy()).isEqualTo(TODAY.plusMonths(1));
		});
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class))
			.extracting(EntryEvents.LetterRequested::requestId)
			.containsExactlyElementsOf(entry.letters().stream().map(EntryLetter::requestId).toList());
	}

	@Test
	@DisplayName("R8, R7: notice withheld before approval holds the inclusion letter; informing at the re-check requests it under the same id")
	void withheldThenInformed() {
		Entry entry = EntryFixtures.awaitingApproval();
		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		entry.approve(new Approver("cssm-1", Roles.CSSM, null, null), NOW, TODAY);
		assertThat(entry.recordedEvents()).noneMatch(EntryEvents.LetterRequested.class::isInstance);
		EntryLetter held = entry.letters().get(0);
		assertThat(held.status()).isEqualTo(EntryLetter.Status.HELD);

		entry.recheckNotice(RecheckOutcome.INFORM, "investigation closed", null, "cro-1", TODAY.plusWeeks(1));
		assertThat(entry.noticeWithholding()).isNull();
		assertThat(entry.letters()).singleElement().satisfies((letter) -> {
			assertThat(letter.status()).isEqualTo(EntryLetter.Status.REQUESTED);
			assertThat(letter.requestedOn()).isEqualTo(TODAY.plusWeeks(1));
		});
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class)).singleElement()
			.isEqualTo(
					new EntryEvents.LetterRequested(entry.id(), held.requestId(), EntryEvents.LetterKind.RESTRICTION));
		assertThat(entry.noticeDecisions()).extracting(NoticeDecision::decision)
			.containsExactly(NoticeDecision.Kind.WITHHELD, NoticeDecision.Kind.INFORMED);
	}

	@Test
	@DisplayName("R8: the re-check may keep notice withheld, with a fresh reason and re-check within a month; held letters stay held")
	void keptWithheld() {
		Entry entry = EntryFixtures.inForce();
		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		entry.setRestrictionPeriod(Period.ofYears(5), "further threats", "cssm-1", TODAY);
		assertThatThrownBy(() -> entry.recheckNotice(RecheckOutcome.KEEP_WITHHOLDING, null, RECHECK.plusWeeks(2),
				"cro-1", RECHECK))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R8"));
		entry.recheckNotice(RecheckOutcome.KEEP_WITHHOLDING, "charge decision pending", RECHECK.plusWeeks(2), "cro-1",
				RECHECK);
		assertThat(entry.noticeWithholding().recheckOn()).isEqualTo(RECHECK.plusWeeks(2));
		// the inclusion letter requested before the withholding is held with the
		// extension
		assertThat(entry.letters()).extracting(EntryLetter::status)
			.containsExactly(EntryLetter.Status.HELD, EntryLetter.Status.HELD);
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class)).hasSize(1);
	}

	@Test
	@DisplayName("R8: withheld notice past its re-check date without a re-decision lapses: held letters are requested (not a day before)")
	void lapse() {
		Entry entry = EntryFixtures.inForce();
		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		entry.decideRemoval(TODAY);
		entry.approveRemoval(TODAY);
		assertThat(entry.isNoticeRecheckOverdue(RECHECK.minusDays(1))).isFalse();
		assertThatThrownBy(() -> entry.lapseNoticeWithholding(RECHECK.minusDays(1))).isInstanceOf(RuleViolation.class);
		entry.lapseNoticeWithholding(RECHECK);
		assertThat(entry.noticeWithholding()).isNull();
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class))
			.extracting(EntryEvents.LetterRequested::kind)
			// the inclusion letter at opening, then again (same id) with the removal
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.RESTRICTION,
					EntryEvents.LetterKind.REMOVAL);
		assertThat(entry.noticeDecisions()).last()
			.extracting(NoticeDecision::decision)
			.isEqualTo(NoticeDecision.Kind.LAPSED);
	}

	@Test
	@DisplayName("R8: withholding twice, or re-checking notice that is not withheld, is refused")
	void refusals() {
		Entry entry = EntryFixtures.inForce();
		assertThatThrownBy(() -> entry.recheckNotice(RecheckOutcome.INFORM, null, null, "cro-1", TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R8"));
		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		assertThatThrownBy(() -> entry.withholdNotice("again", RECHECK, "cro-1", TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R8"));
		assertThat(entry.noticeDecisions()).hasSize(1);
	}

	@Test
	@DisplayName("R8: notice withheld after an ordinary entry requested its letter holds that letter and names it in NoticeWithheld; "
			+ "informing requests it again under the same id")
	void withheldAfterTheRequest() {
		Entry entry = EntryFixtures.inForce();
		EntryLetter requested = entry.letters().get(0);
		assertThat(requested.status()).isEqualTo(EntryLetter.Status.REQUESTED);

		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		assertThat(entry.letters()).singleElement().satisfies((letter) -> {
			assertThat(letter.status()).isEqualTo(EntryLetter.Status.HELD);
			assertThat(letter.requestId()).isEqualTo(requested.requestId());
		});
		assertThat(EntryFixtures.events(entry, EntryEvents.NoticeWithheld.class)).singleElement()
			.isEqualTo(new EntryEvents.NoticeWithheld(entry.id(), List.of(requested.requestId())));

		entry.recheckNotice(RecheckOutcome.INFORM, "investigation closed", null, "cro-1", TODAY.plusWeeks(1));
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class))
			.extracting(EntryEvents.LetterRequested::requestId)
			.containsExactly(requested.requestId(), requested.requestId());
		assertThat(entry.letters()).singleElement()
			.extracting(EntryLetter::status)
			.isEqualTo(EntryLetter.Status.REQUESTED);
	}

	@Test
	@DisplayName("R8: a letter reported sent stays sent when notice is withheld later: only outstanding letters are held, "
			+ "and informing does not send it again")
	void sentLettersStaySent() {
		Entry entry = EntryFixtures.inForce();
		entry.setRestrictionPeriod(Period.ofYears(5), "further threats", "cssm-1", TODAY);
		UUID inclusion = entry.letters().get(0).requestId();
		entry.recordLetterSent(inclusion, EntryEvents.LetterKind.RESTRICTION, TODAY);
		entry.recordLetterSent(inclusion, EntryEvents.LetterKind.RESTRICTION, TODAY);
		entry.recordLetterSent(UUID.randomUUID(), EntryEvents.LetterKind.REMOVAL, TODAY);
		assertThat(entry.letters()).extracting(EntryLetter::status)
			.containsExactly(EntryLetter.Status.SENT, EntryLetter.Status.REQUESTED);
		assertThat(entry.letters().get(0).sentOn()).isEqualTo(TODAY);

		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		assertThat(entry.letters()).extracting(EntryLetter::status)
			.containsExactly(EntryLetter.Status.SENT, EntryLetter.Status.HELD);
		assertThat(EntryFixtures.events(entry, EntryEvents.NoticeWithheld.class)).singleElement()
			.extracting(EntryEvents.NoticeWithheld::heldRequestIds)
			.isEqualTo(List.of(entry.letters().get(1).requestId()));

		entry.lapseNoticeWithholding(RECHECK);
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class))
			.extracting(EntryEvents.LetterRequested::kind)
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.EXTENSION,
					EntryEvents.LetterKind.EXTENSION);
	}

	@Test
	@DisplayName("R8: a letter held after its request but reported sent meanwhile (it had gone out) counts as sent and is not requested again")
	void heldButAlreadySent() {
		Entry entry = EntryFixtures.inForce();
		entry.withholdNotice("police investigation under way", RECHECK, "cro-1", TODAY);
		entry.recordLetterSent(entry.letters().get(0).requestId(), EntryEvents.LetterKind.RESTRICTION, TODAY);
		entry.recheckNotice(RecheckOutcome.INFORM, "investigation closed", null, "cro-1", TODAY.plusWeeks(1));
		assertThat(entry.letters()).extracting(EntryLetter::status).containsExactly(EntryLetter.Status.SENT);
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class)).hasSize(1);
	}

	@Test
	@DisplayName("R8: a sent report names the request it answers, so of two outstanding letters of a kind the named one "
			+ "is sent; a report without a request id (published before letters named it) takes the oldest")
	void sentReportNamesItsRequest() {
		Entry entry = EntryFixtures.inForce();
		entry.setRestrictionPeriod(Period.ofYears(5), "further threats", "cssm-1", TODAY);
		entry.setRestrictionPeriod(Period.ofYears(6), "further threats", "cssm-1", TODAY);
		UUID secondExtension = entry.letters().get(2).requestId();
		entry.recordLetterSent(secondExtension, EntryEvents.LetterKind.EXTENSION, TODAY);
		assertThat(entry.letters()).extracting(EntryLetter::status)
			.containsExactly(EntryLetter.Status.REQUESTED, EntryLetter.Status.REQUESTED, EntryLetter.Status.SENT);

		entry.recordLetterSent(null, EntryEvents.LetterKind.EXTENSION, TODAY);
		assertThat(entry.letters()).extracting(EntryLetter::status)
			.containsExactly(EntryLetter.Status.REQUESTED, EntryLetter.Status.SENT, EntryLetter.Status.SENT);
	}

}
