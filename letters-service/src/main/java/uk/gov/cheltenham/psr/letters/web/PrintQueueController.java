package uk.gov.cheltenham.psr.letters.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.letters.delivery.LetterDispatch;
import uk.gov.cheltenham.psr.letters.delivery.LetterDispatch.QueuedLetter;
import uk.gov.cheltenham.psr.letters.letter.LetterType;

/**
 * The print queue (L7) for letters to customers without an email address: the post room
 * (the CRO's role) lists what waits, downloads each PDF, prints and posts it, and marks
 * it posted, which sends {@code LetterSent}. The list names no one; the PDF carries the
 * address.
 */
@RestController
@RequestMapping("/api/print-queue")
class PrintQueueController {

	private final LetterDispatch dispatch;

	PrintQueueController(LetterDispatch dispatch) {
		this.dispatch = dispatch;
	}

	@GetMapping
	@PreAuthorize("hasRole('CRO')")
	List<QueuedLetterView> queue() {
		return this.dispatch.printQueue().stream().map(QueuedLetterView::of).toList();
	}

	@GetMapping("/{letterId}/pdf")
	@PreAuthorize("hasRole('CRO')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID letterId) {
		return PdfResponses.stored(this.dispatch.document(letterId));
	}

	@PostMapping("/{letterId}/posted")
	@PreAuthorize("hasRole('CRO')")
	LetterView posted(@PathVariable UUID letterId, @AuthenticationPrincipal Jwt caller) {
		return LetterView.of(this.dispatch.markPosted(letterId, caller.getSubject()), this.dispatch.delivery(letterId));
	}

	/** One letter waiting to be printed and posted. */
	record QueuedLetterView(UUID letterId, UUID entryId, LetterType letterType, Instant queuedAt, String pdf) {

		static QueuedLetterView of(QueuedLetter queued) {
			UUID letterId = queued.letter().id();
			return new QueuedLetterView(letterId, queued.letter().entryId(), queued.letter().letterType(),
					queued.delivery().createdAt(), "/api/print-queue/" + letterId + "/pdf");
		}

	}

}
