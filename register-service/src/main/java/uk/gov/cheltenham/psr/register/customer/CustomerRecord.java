package uk.gov.cheltenham.psr.register.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The customer of one entry, no more than R2 allows: name, postal address, email, phone,
 * and a date of birth only where needed to tell people apart. What incident-service
 * reports fills it; what the CRO corrects takes precedence over later reports.
 */
@Entity
@Table(name = "customer_record")
public class CustomerRecord {

	private static final String LINE_BREAK = "\n";

	@Id
	private UUID entryId;

	@Version
	private Long version;

	// D2: personal data is stored encrypted, with keys from outside the database
	@Convert(converter = CustomerRecordColumns.Name.class)
	private String customerName;

	@Convert(converter = CustomerRecordColumns.Address.class)
	private String addressLines;

	@Convert(converter = CustomerRecordColumns.Email.class)
	private String email;

	@Convert(converter = CustomerRecordColumns.Phone.class)
	private String phone;

	private LocalDate dateOfBirth;

	private Instant fetchedAt;

	private String correctedBy;

	private Instant correctedAt;

	protected CustomerRecord() {
		// for JPA
	}

	public static CustomerRecord forEntry(UUID entryId) {
		CustomerRecord record = new CustomerRecord();
		record.entryId = entryId;
		return record;
	}

	/**
	 * Takes what incident-service reported. A known name is kept when the report has
	 * none, and a name the CRO corrected is not overwritten by a report.
	 */
	public void takeFetched(FetchedCustomer fetched, Instant now) {
		String reported = blankToNull(fetched.customerName());
		if (reported != null && this.correctedAt == null) {
			this.customerName = reported;
		}
		this.fetchedAt = now;
	}

	/**
	 * Takes contact details a service team reported as changed (I8): what it reported
	 * replaces what was held; what it left out stays. The postcode ends the address.
	 * @return the names of the fields that changed, for the audit (never the values)
	 */
	public List<String> takeContactDetails(ReportedContactDetails reported, Instant now) {
		List<String> changed = new ArrayList<>();
		String address = blankToNull(reported.address());
		if (address != null) {
			String postcode = blankToNull(reported.postcode());
			String lines = joinLines(List.of(address.split("\\s*,\\s*")));
			this.addressLines = (postcode != null) ? lines + LINE_BREAK + postcode : lines;
			changed.add("address");
		}
		if (blankToNull(reported.phone()) != null) {
			this.phone = reported.phone().strip();
			changed.add("phone");
		}
		if (blankToNull(reported.email()) != null) {
			this.email = reported.email().strip();
			changed.add("email");
		}
		this.fetchedAt = now;
		return List.copyOf(changed);
	}

	/**
	 * The CRO replaces the record with what is known now (R2).
	 * @return the names of the fields that changed, for the audit (never the values)
	 */
	public List<String> correct(CustomerCorrection correction, String by, Instant now) {
		List<String> changed = new ArrayList<>();
		String name = blankToNull(correction.customerName());
		String address = joinLines(correction.addressLines());
		String newEmail = blankToNull(correction.email());
		String newPhone = blankToNull(correction.phone());
		if (!Objects.equals(name, this.customerName)) {
			changed.add("customerName");
		}
		if (!Objects.equals(address, this.addressLines)) {
			changed.add("address");
		}
		if (!Objects.equals(newEmail, this.email)) {
			changed.add("email");
		}
		if (!Objects.equals(newPhone, this.phone)) {
			changed.add("phone");
		}
		if (!Objects.equals(correction.dateOfBirth(), this.dateOfBirth)) {
			changed.add("dateOfBirth");
		}
		this.customerName = name;
		this.addressLines = address;
		this.email = newEmail;
		this.phone = newPhone;
		this.dateOfBirth = correction.dateOfBirth();
		this.correctedBy = by;
		this.correctedAt = now;
		return List.copyOf(changed);
	}

	private static String joinLines(List<String> lines) {
		if (lines == null) {
			return null;
		}
		List<String> kept = lines.stream().map(CustomerRecord::blankToNull).filter(Objects::nonNull).toList();
		return kept.isEmpty() ? null : String.join(LINE_BREAK, kept);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public UUID entryId() {
		return this.entryId;
	}

	public String customerName() {
		return this.customerName;
	}

	/** Postal address lines; empty when unknown. */
	public List<String> addressLines() {
		return (this.addressLines != null) ? Arrays.asList(this.addressLines.split(LINE_BREAK)) : List.of();
	}

	public String email() {
		return this.email;
	}

	public String phone() {
		return this.phone;
	}

	public LocalDate dateOfBirth() {
		return this.dateOfBirth;
	}

	public Instant fetchedAt() {
		return this.fetchedAt;
	}

	public String correctedBy() {
		return this.correctedBy;
	}

	public Instant correctedAt() {
		return this.correctedAt;
	}

	/** The contact details as plain lines ("Email: ...", "Phone: ..."), for sharing. */
	public List<String> contactDetails() {
		List<String> lines = new ArrayList<>();
		if (this.email != null) {
			lines.add("Email: " + this.email);
		}
		if (this.phone != null) {
			lines.add("Phone: " + this.phone);
		}
		return List.copyOf(lines);
	}

}
