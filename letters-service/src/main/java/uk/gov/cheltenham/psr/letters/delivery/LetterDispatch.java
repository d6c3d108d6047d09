package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.letters.audit.LetterAudit;
import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.EntryDetails;
import uk.gov.cheltenham.psr.letters.letter.EntryDetailsSource;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterStatus;
import uk.gov.cheltenham.psr.letters.letter.LetterWorkflow;
import uk.gov.cheltenham.psr.letters.letter.Letters;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;
import uk.gov.cheltenham.psr.letters.rendering.LetterRenderer;
import uk.gov.cheltenham.psr.letters.rendering.MissingTemplateValue;
import uk.gov.cheltenham.psr.letters.rendering.RenderedLetter;
import uk.gov.cheltenham.psr.letters.rendering.StandardWording;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * The steps of the letter workflow that need the register's facts (L7), each on a user's
 * request: previewing, approving as the signatory the register names (R7), and sending,
 * which renders the letter, keeps its PDF and writes the delivery intent in one
 * transaction. The register is asked before any transaction starts, so no database
 * connection waits on it.
 * <p>
 * The register's answers: unknown entry, 404; entry deleted for good, 410 and the letter
 * is cancelled with anything kept for it; register away, 503 and nothing changes.
 */
@Service
public class LetterDispatch {

	private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);

	/** The council's letters bear the date in the UK. */
	private static final ZoneId LETTER_ZONE = ZoneId.of("Europe/London");

	private final LetterWorkflow workflow;

	private final Letters letters;

	private final LetterDocuments documents;

	private final LetterDeliveries deliveries;

	private final EntryDetailsSource register;

	private final LetterRenderer renderer;

	private final StandardWording standardWording;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LetterAudit audit;

	LetterDispatch(LetterWorkflow workflow, Letters letters, LetterDocuments documents, LetterDeliveries deliveries,
			EntryDetailsSource register, LetterRenderer renderer, StandardWording standardWording,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock,
			LetterAudit audit) {
		this.workflow = workflow;
		this.letters = letters;
		this.documents = documents;
		this.deliveries = deliveries;
		this.register = register;
		this.renderer = renderer;
		this.standardWording = standardWording;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The letter as it would be sent today, from the register's current facts. Nothing is
	 * stored.
	 * @throws RuleViolation if a restriction letter would leave out a part L2 requires
	 * @throws MissingTemplateValue if the register lacks a fact the template needs
	 */
	public RenderedLetter preview(UUID letterId) {
		Letter letter = this.workflow.find(letterId);
		RenderedLetter rendered = render(letter, detailsFor(letter));
		this.audit.previewed(letterId, letter.entryId());
		return rendered;
	}

	/** Approves as the signatory the register names for this letter (R7). */
	public Letter approve(UUID letterId, String approvedBy, StaffRole role) {
		Letter letter = this.workflow.find(letterId);
		StaffRole signatory = detailsFor(letter).signatoryRole();
		return this.transaction.execute((status) -> {
			Letter approved = this.workflow.approve(letterId, approvedBy, role, signatory);
			this.audit.approved(letterId, letter.entryId());
			return approved;
		});
	}

	/**
	 * Renders the letter from the register's facts, keeps the PDF and hands the letter
	 * over for delivery (L7): by email when the register has an address, else to the
	 * print queue.
	 * @throws RuleViolation if the case needs an approval the letter lacks (L7), the
	 * approver is not the signatory (R7), or the letter is incomplete (L2)
	 */
	public Letter send(UUID letterId, String requestedBy) {
		Letter letter = this.workflow.find(letterId);
		EntryDetails details = detailsFor(letter);
		RenderedLetter rendered = render(letter, details);
		return this.transaction.execute((status) -> {
			Letter current = this.workflow.find(letterId);
			Instant now = this.clock.instant();
			current.requestDelivery(details.complexOrSensitive(), details.signatoryRole(), requestedBy, now);
			Letter saved = this.letters.save(current);
			this.documents.save(LetterDocument.of(letterId, rendered, now));
			this.deliveries.save(details.emailAddress()
				.map((email) -> LetterDelivery.byEmail(letterId, email, rendered.text(), requestedBy, now))
				.orElseGet(() -> LetterDelivery.byPost(letterId, requestedBy, now)));
			this.events.publishEvent(new DeliveryRequested(letterId));
			this.audit.sent(letterId, saved.entryId());
			return saved;
		});
	}

	/**
	 * Tries a FAILED email again with a fresh set of attempts.
	 * @throws RuleViolation unless the letter's email delivery FAILED
	 */
	@Transactional
	public LetterDelivery redeliver(UUID letterId) {
		LetterDelivery delivery = deliveryOf(letterId);
		delivery.redrive(this.clock.instant());
		this.events.publishEvent(new DeliveryRequested(letterId));
		return this.deliveries.save(delivery);
	}

	/**
	 * The letters waiting for the post room, oldest first; held ones wait out of it (R8).
	 */
	@Transactional(readOnly = true)
	public List<QueuedLetter> printQueue() {
		return this.deliveries.findByStatusOrderByCreatedAtAsc(DeliveryStatus.QUEUED_FOR_POST)
			.stream()
			.map((delivery) -> new QueuedLetter(this.workflow.find(delivery.letterId()), delivery))
			.filter((queued) -> !queued.letter().onHold())
			.toList();
	}

	/**
	 * The post room printed and posted the letter: it is sent, and {@code LetterSent} is
	 * announced.
	 * @throws RuleViolation unless the letter is in the print queue
	 */
	@Transactional
	public Letter markPosted(UUID letterId, String postedBy) {
		LetterDelivery delivery = deliveryOf(letterId);
		Instant now = this.clock.instant();
		delivery.posted(postedBy, now);
		Letter letter = this.workflow.find(letterId);
		letter.markSent(DeliveryChannel.POST, now);
		this.audit.posted(letterId, letter.entryId());
		return this.letters.save(letter);
	}

	/**
	 * The PDF kept for a letter that was handed over for delivery; the read is audited.
	 */
	@Transactional
	public LetterDocument document(UUID letterId) {
		LetterDocument document = this.documents.findById(letterId)
			.orElseThrow(() -> new NotFound("The PDF of letter " + letterId));
		this.audit.pdfRead(letterId, this.workflow.find(letterId).entryId());
		return document;
	}

	@Transactional(readOnly = true)
	public Optional<LetterDelivery> delivery(UUID letterId) {
		return this.deliveries.findByLetterId(letterId);
	}

	private LetterDelivery deliveryOf(UUID letterId) {
		return this.deliveries.findByLetterId(letterId)
			.orElseThrow(() -> new NotFound("A delivery of letter " + letterId));
	}

	private RenderedLetter render(Letter letter, EntryDetails details) {
		return this.renderer.render(letter.letterType(), this.standardWording.addTo(details.facts()));
	}

	/**
	 * The register's facts for the letter, as of today.
	 * @throws NotFound if the register does not know the entry
	 * @throws RecordGone if the register deleted the entry; the letter is cancelled
	 * @throws ServiceUnavailable if the register cannot answer now
	 */
	private EntryDetails detailsFor(Letter letter) {
		try {
			return this.register.forLetter(letter.entryId(), LocalDate.ofInstant(this.clock.instant(), LETTER_ZONE));
		}
		catch (RecordGone gone) {
			this.transaction.executeWithoutResult((status) -> cancel(letter.id()));
			throw gone;
		}
	}

	/**
	 * Nothing more goes out for an entry the register has deleted; a sent letter stays.
	 */
	private void cancel(UUID letterId) {
		this.letters.findById(letterId).filter((letter) -> letter.status() != LetterStatus.SENT).ifPresent((letter) -> {
			letter.cancel(this.clock.instant());
			this.letters.save(letter);
			this.deliveries.findByLetterId(letterId).ifPresent(LetterDelivery::cancel);
			this.documents.deleteById(letterId);
			log.info("Letter {} cancelled: its entry is gone from the register", letterId);
		});
	}

	/** A letter in the print queue. */
	public record QueuedLetter(Letter letter, LetterDelivery delivery) {
	}

}
