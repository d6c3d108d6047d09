package uk.gov.cheltenham.psr.register.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.sar.PartState;
import uk.gov.cheltenham.psr.register.sar.Redaction;
import uk.gov.cheltenham.psr.register.sar.RedactionReason;
import uk.gov.cheltenham.psr.register.sar.SubjectAccessRequest;
import uk.gov.cheltenham.psr.register.sar.SubjectAccessRequests;

/**
 * Subject access requests (D4), run by the CRO: open for an entry (or the one entry whose
 * customer has a name and address), gather from every service, review the items and
 * redact exempt ones with a reason, release once, then download the released bundle.
 */
@RestController
@RequestMapping("/api/subject-access-requests")
@Validated
class SubjectAccessController {

	private final SubjectAccessRequests requests;

	SubjectAccessController(SubjectAccessRequests requests) {
		this.requests = requests;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CRO')")
	RequestView open(@Valid @RequestBody OpenRequest open, @AuthenticationPrincipal Jwt caller) {
		SubjectAccessRequest request = (open.entryId() != null)
				? this.requests.open(open.entryId(), caller.getSubject(), Callers.roles(caller)) : this.requests
					.openFor(open.customerName(), open.address(), caller.getSubject(), Callers.roles(caller));
		return RequestView.of(request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	RequestView request(@PathVariable UUID id) {
		return RequestView.of(this.requests.find(id));
	}

	/** Gathers what is still missing, each service's call bounded by a timeout. */
	@PostMapping("/{id}/gather")
	@PreAuthorize("hasRole('CRO')")
	RequestView gather(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return RequestView.of(this.requests.gather(id, caller.getSubject(), Callers.roles(caller)));
	}

	@GetMapping("/{id}/items")
	@PreAuthorize("hasRole('CRO')")
	List<ItemView> items(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return this.requests.items(id, caller.getSubject(), Callers.roles(caller))
			.stream()
			.map((reviewed) -> new ItemView(reviewed.item().path(), reviewed.item().value(), reviewed.item().document(),
					(reviewed.redaction() != null) ? reviewed.redaction().reason() : null,
					(reviewed.redaction() != null) ? reviewed.redaction().path() : null))
			.toList();
	}

	@PostMapping("/{id}/redactions")
	@PreAuthorize("hasRole('CRO')")
	RequestView redact(@PathVariable UUID id, @Valid @RequestBody RedactionRequest redaction,
			@AuthenticationPrincipal Jwt caller) {
		return RequestView.of(this.requests.redact(id, redaction.path(), redaction.reason(), redaction.note(),
				caller.getSubject(), Callers.roles(caller)));
	}

	@DeleteMapping("/{id}/redactions")
	@PreAuthorize("hasRole('CRO')")
	RequestView withdrawRedaction(@PathVariable UUID id, @RequestParam @Size(max = 1000) String path,
			@AuthenticationPrincipal Jwt caller) {
		return RequestView.of(this.requests.withdrawRedaction(id, path, caller.getSubject(), Callers.roles(caller)));
	}

	@PostMapping("/{id}/release")
	@PreAuthorize("hasRole('CRO')")
	RequestView release(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return RequestView.of(this.requests.release(id, caller.getSubject(), Callers.roles(caller)));
	}

	/** No {@code produces}: a refusal must still be able to answer problem JSON. */
	@GetMapping("/{id}/bundle")
	@PreAuthorize("hasRole('CRO')")
	ResponseEntity<byte[]> bundle(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		byte[] zip = this.requests.archive(id, caller.getSubject(), Callers.roles(caller));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".zip").build().toString())
			.body(zip);
	}

	record OpenRequest(UUID entryId, @Size(max = 200) String customerName, @Size(max = 500) String address) {

		@AssertTrue(message = "give the entryId, or the customer's name (and address)")
		boolean isEntryOrCustomer() {
			return this.entryId != null || (this.customerName != null && !this.customerName.isBlank());
		}

	}

	record RedactionRequest(@NotBlank @Size(max = 1000) String path, @NotNull RedactionReason reason,
			@Size(max = 500) String note) {
	}

	record ItemView(String path, String value, boolean document, RedactionReason redactedFor, String redactedAs) {
	}

	record RequestView(UUID id, UUID entryId, String status, String openedBy, Instant openedAt, String releasedBy,
			Instant releasedAt, List<PartState> parts, List<String> missing, List<Redaction> redactions) {

		static RequestView of(SubjectAccessRequest request) {
			return new RequestView(request.id(), request.entryId(), request.status().name(), request.openedBy(),
					request.openedAt(), request.releasedBy(), request.releasedAt(), request.parts(),
					request.missing().stream().map((source) -> source.service()).toList(), request.redactions());
		}

	}

}
