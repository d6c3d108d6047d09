package uk.gov.cheltenham.psr.register.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.audit.EntryChangeAudit;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.customer.CustomerCorrection;
import uk.gov.cheltenham.psr.register.customer.CustomerFetch;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * An entry's customer record (R2): read by those who run the register (audited, R1),
 * corrected by the CRO only (audited by field name, D3), with the state of its fetches
 * from incident-service.
 */
@RestController
@RequestMapping("/api/entries/{id}")
@Validated
class CustomerRecordController {

	private final Register register;

	private final CustomerRecords customerRecords;

	private final EntryReadAudit reads;

	private final EntryChangeAudit changes;

	CustomerRecordController(Register register, CustomerRecords customerRecords, EntryReadAudit reads,
			EntryChangeAudit changes) {
		this.register = register;
		this.customerRecords = customerRecords;
		this.reads = reads;
		this.changes = changes;
	}

	@GetMapping("/customer")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	CustomerRecordView customer(@PathVariable UUID id,
			@RequestHeader(name = EntryController.PURPOSE_HEADER,
					defaultValue = "register management") @Size(max = 200) String purpose,
			@AuthenticationPrincipal Jwt caller) {
		CustomerRecordView view = view(id);
		this.reads.recordDisclosure(id, caller.getSubject(), Callers.roles(caller), purpose,
				List.of("customer record"));
		return view;
	}

	/** The CRO corrects the record with what is known now, and why (R2, D3). */
	@PostMapping("/customer")
	@PreAuthorize("hasRole('CRO')")
	CustomerRecordView correct(@PathVariable UUID id, @Valid @RequestBody Correction correction,
			@AuthenticationPrincipal Jwt caller) {
		this.customerRecords.correct(id, new CustomerCorrection(correction.customerName(), correction.addressLines(),
				correction.email(), correction.phone(), correction.dateOfBirth()), caller.getSubject(),
				correction.reason());
		return view(id);
	}

	@GetMapping("/changes")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	List<EntryChangeAudit.Change> changes(@PathVariable UUID id) {
		this.register.find(id);
		return this.changes.changesOf(id);
	}

	private CustomerRecordView view(UUID id) {
		Entry entry = this.register.find(id);
		CustomerRecord record = this.customerRecords.recordOf(id).orElseGet(() -> CustomerRecord.forEntry(id));
		List<FetchView> fetches = this.customerRecords.fetchesOf(id).stream().map(FetchView::of).toList();
		return new CustomerRecordView(id, record.customerName(), record.addressLines(), record.email(), record.phone(),
				record.dateOfBirth(),
				entry.teamReferences()
					.stream()
					.map((reference) -> reference.team() + ":" + reference.reference())
					.toList(),
				record.fetchedAt(), record.correctedBy(), record.correctedAt(), fetches);
	}

	record Correction(@Size(max = 200) String customerName, @Size(
			max = 6) List<@Size(max = 150, message = "each address line at most 150 characters") String> addressLines,
			@Email @Size(max = 320) String email, @Size(max = 50) String phone, @Past LocalDate dateOfBirth,
			@NotBlank @Size(max = 500) String reason) {
	}

	record CustomerRecordView(UUID entryId, String customerName, List<String> addressLines, String email, String phone,
			LocalDate dateOfBirth, List<String> customerReferences, Instant fetchedAt, String correctedBy,
			Instant correctedAt, List<FetchView> fetches) {
	}

	record FetchView(UUID incidentId, String cause, String status, int attempts, Instant nextAttemptAt,
			String lastFailure, Instant requestedAt, Instant finishedAt) {

		static FetchView of(CustomerFetch fetch) {
			return new FetchView(fetch.incidentId(), fetch.cause().name(), fetch.status().name(), fetch.attempts(),
					fetch.nextAttemptAt(), fetch.lastFailure(), fetch.requestedAt(), fetch.finishedAt());
		}

	}

}
