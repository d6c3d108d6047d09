package uk.gov.cheltenham.psr.partnersync.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature.SignedCall;
import uk.gov.cheltenham.psr.partnersync.agreement.SignatureRefused;
import uk.gov.cheltenham.psr.partnersync.inbound.InboundPartnerUpdates;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerChangeKind;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerUpdateReceipt;

/**
 * CBH's way in (P2): a partner with a CBH_PARTNER token sends an update from its own
 * register, signed as {@link PartnerSignature} describes with the inbound secret; it is
 * logged and becomes a task for the CRO. The raw body is taken as it came, because the
 * signature is over those bytes; it is read and validated only after the signature is
 * checked. An unsigned or stale call is 401; a malformed one 400 naming the field; the
 * same Idempotency-Key with a different update 422 (rule P2); a true repeat gets the
 * first answer again, marked {@code Idempotency-Replayed: true}.
 */
@RestController
@RequestMapping("/api/partner/updates")
class PartnerUpdateController {

	private final InboundPartnerUpdates inbound;

	private final JsonMapper json;

	private final Validator validator;

	PartnerUpdateController(InboundPartnerUpdates inbound, JsonMapper json, Validator validator) {
		this.inbound = inbound;
		this.json = json;
		this.validator = validator;
	}

	@PostMapping
	@PreAuthorize("hasRole('CBH_PARTNER')")
	ResponseEntity<ReceiptView> receive(@RequestHeader(PartnerSignature.IDEMPOTENCY_KEY_HEADER) String idempotencyKey,
			@RequestHeader(name = PartnerSignature.TIMESTAMP_HEADER, required = false) String timestamp,
			@RequestHeader(name = PartnerSignature.SIGNATURE_HEADER, required = false) String signature,
			@RequestBody byte[] body, @AuthenticationPrincipal Jwt partner) {
		String client = partner.getSubject();
		this.inbound.authenticate(new SignedCall(timestamp, idempotencyKey, body, signature), client);
		PartnerUpdateRequest request = read(body, client);
		InboundPartnerUpdates.Received received = this.inbound.receive(idempotencyKey, request.changeKind(),
				request.partnerReference(), request.summary(), client);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotency-Replayed", Boolean.toString(received.replay()))
			.body(ReceiptView.of(received.receipt()));
	}

	/** Signed but not a valid update: 400 naming the field, as the platform answers. */
	private PartnerUpdateRequest read(byte[] body, String client) {
		PartnerUpdateRequest request;
		try {
			request = this.json.readValue(body, PartnerUpdateRequest.class);
		}
		catch (JacksonException ex) {
			this.inbound.refusedMalformed(client, fieldOf(ex));
			throw new HttpMessageNotReadableException("Unreadable partner update", ex, asInput(body));
		}
		if (request == null) {
			this.inbound.refusedMalformed(client, "body");
			throw new HttpMessageNotReadableException("Empty partner update", asInput(body));
		}
		Set<ConstraintViolation<PartnerUpdateRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			violations
				.forEach((violation) -> this.inbound.refusedMalformed(client, violation.getPropertyPath().toString()));
			throw new ConstraintViolationException(violations);
		}
		return request;
	}

	private static String fieldOf(JacksonException ex) {
		if (ex instanceof DatabindException databind && !databind.getPath().isEmpty()
				&& databind.getPath().get(0).getPropertyName() != null) {
			return databind.getPath().get(0).getPropertyName();
		}
		return "body";
	}

	private static HttpInputMessage asInput(byte[] body) {
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return new HttpHeaders();
			}

		};
	}

	/** Not signed by CBH, or signed too long ago to be anything but a replay. */
	@ExceptionHandler(SignatureRefused.class)
	ResponseEntity<ProblemDetail> unsigned(SignatureRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		problem.setTitle("Signature refused");
		problem.setProperty("rule", "P2");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "PSR-Signature")
			.body(problem);
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
