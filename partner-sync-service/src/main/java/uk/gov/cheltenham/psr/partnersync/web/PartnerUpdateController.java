package uk.gov.cheltenham.psr.partnersync.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.partnersync.inbound.InboundPartnerUpdates;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerChangeKind;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerUpdateReceipt;

/**
 * CBH's way in (P2): an authenticated partner sends an update from its own register; it
 * is logged and becomes a task for the CRO. A replay under the same Idempotency-Key gets
 * the first answer again, marked {@code Idempotency-Replayed: true}.
 */
@RestController
@RequestMapping("/api/partner/updates")
class PartnerUpdateController {

	private final InboundPartnerUpdates inbound;

	PartnerUpdateController(InboundPartnerUpdates inbound) {
		this.inbound = inbound;
	}

	@PostMapping
	@PreAuthorize("hasRole('CBH_PARTNER')")
	ResponseEntity<ReceiptView> receive(@RequestHeader("Idempotency-Key") String idempotencyKey,
			@Valid @RequestBody PartnerUpdateRequest request, @AuthenticationPrincipal Jwt partner) {
		InboundPartnerUpdates.Received received = this.inbound.receive(idempotencyKey, request.changeKind(),
				request.partnerReference(), request.summary(), partner.getSubject());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotency-Replayed", Boolean.toString(received.replay()))
			.body(ReceiptView.of(received.receipt()));
	}

	record PartnerUpdateRequest(@NotNull PartnerChangeKind changeKind,
			@NotBlank @Size(max = 100) String partnerReference, @NotBlank @Size(max = 2000) String summary) {

	}

	/** What the partner is told: the receipt, not the content it sent. */
	record ReceiptView(UUID receiptId, PartnerChangeKind changeKind, String agreementReference, Instant receivedAt,
			List<String> fieldsReceived) {

		static ReceiptView of(PartnerUpdateReceipt receipt) {
			return new ReceiptView(receipt.id(), receipt.changeKind(), receipt.agreementReference(),
					receipt.receivedAt(), receipt.fieldsReceived());
		}

	}

}
