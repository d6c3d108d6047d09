package uk.gov.cheltenham.psr.letters.letter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Application service: each command in one transaction with the events it raises, so a
 * sent letter and its announcement commit together.
 */
@Service
public class LetterWorkflow {

	private static final Logger log = LoggerFactory.getLogger(LetterWorkflow.class);

	private final Letters letters;

	private final Clock clock;

	public LetterWorkflow(Letters letters, Clock clock) {
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * Drafts the letter the register asked for, unless this request already has one: the
	 * same request may arrive again under another event id (R8, one letter per request).
	 * The unique request id in the database is the last guard against a race.
	 * @return the new letter, or empty when the request was already answered
	 */
	@Transactional
	public Optional<Letter> request(LetterRequest request) {
		Optional<Letter> existing = this.letters.findByRequestId(request.requestId());
		if (existing.isPresent()) {
			Letter letter = existing.get();
			if (letter.onHold()) {
				// the register asks again for a letter it held (R8): release it, no
				// duplicate
				letter.release();
				this.letters.save(letter);
				log.info("Letter {} released: request {} asked for again", letter.id(), request.requestId());
			}
			else {
				log.info("Letter request {} already has a letter", request.requestId());
			}
			return Optional.empty();
		}
		return Optional.of(this.letters.save(Letter.draft(request, this.clock.instant())));
	}

	/**
	 * The register withholds notice (R8): the letters answering these requests of the
	 * entry are held. A request this service never drafted, or one of another entry, is
	 * ignored; a letter already sent stays sent.
	 * @return how many letters are now held
	 */
	@Transactional
	public int hold(UUID entryId, List<UUID> requestIds) {
		int held = 0;
		for (UUID requestId : requestIds) {
			Optional<Letter> letter = this.letters.findByRequestId(requestId)
				.filter((candidate) -> candidate.entryId().equals(entryId));
			if (letter.isPresent() && letter.get().hold(this.clock.instant())) {
				this.letters.save(letter.get());
				held++;
			}
		}
		log.info("Notice withheld for entry {}: {} letter(s) held", entryId, held);
		return held;
	}

	/**
	 * Deletes every letter of a purged entry for good (R12), and with them (by the
	 * database's cascade) their PDFs and deliveries.
	 */
	@Transactional
	public int purgeEntry(UUID entryId) {
		int deleted = this.letters.deleteByEntryId(entryId);
		log.info("Purged {} letter(s) of entry {}", deleted, entryId);
		return deleted;
	}

	@Transactional
	public Letter submitForApproval(UUID letterId, String submittedBy) {
		Letter letter = find(letterId);
		letter.submitForApproval(submittedBy, this.clock.instant());
		return this.letters.save(letter);
	}

	/**
	 * @param signatory who the register says signs the letter (R7)
	 */
	@Transactional
	public Letter approve(UUID letterId, String approvedBy, StaffRole role, StaffRole signatory) {
		Letter letter = find(letterId);
		letter.approve(approvedBy, role, signatory, this.clock.instant());
		return this.letters.save(letter);
	}

	@Transactional(readOnly = true)
	public Letter find(UUID letterId) {
		return this.letters.findById(letterId).orElseThrow(() -> new NotFound("Letter " + letterId));
	}

	@Transactional(readOnly = true)
	public List<Letter> forEntry(UUID entryId) {
		return this.letters.findByEntryIdOrderByCreatedAtAsc(entryId);
	}

}
