package uk.gov.cheltenham.psr.register.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryStatus;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * What people without access to the register may be told: the precautions for a visit
 * (R13, R14) and nothing else; never incidents, reasons or the restriction period. Every
 * answer is audited (D3).
 */
@Service
public class Precautions {

	/** Said when an entry has no recorded cautions yet: the register still applies. */
	public static final String DEFAULT_PRECAUTION = "Speak to the Customer Relations Officer before any visit or meeting";

	static final List<String> DISCLOSED_FIELDS = List.of("precautions");

	private final Register register;

	private final CustomerRecords customerRecords;

	private final StaffCautions cautions;

	private final EntryReadAudit reads;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Precautions(Register register, CustomerRecords customerRecords, StaffCautions cautions, EntryReadAudit reads,
			JdbcTemplate jdbc, Clock clock) {
		this.register = register;
		this.customerRecords = customerRecords;
		this.cautions = cautions;
		this.reads = reads;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Democratic Services checks for a councillor (R13): whether the person or address is
	 * on the register (active entries only) and, if so, the precautions. Audited with the
	 * query's hash, never its text, and as a read of each entry it matched.
	 */
	@Transactional
	public CheckAnswer councillorCheck(CustomerQuery query, String checkedBy, String role) {
		List<UUID> active = this.register.active().stream().map(Entry::id).toList();
		List<UUID> matched = this.customerRecords.recordsOf(active)
			.stream()
			.filter((record) -> query.matches(record.customerName(), record.addressLines()))
			.map(CustomerRecord::entryId)
			.toList();
		Set<String> precautions = new LinkedHashSet<>();
		for (UUID entryId : matched) {
			precautions.addAll(precautionsOf(entryId));
			this.reads.recordDisclosure(entryId, checkedBy, role, "R13 councillor check", DISCLOSED_FIELDS);
		}
		this.jdbc.update(
				"insert into register_check_audit (checked_by, role, query_hash, entries_matched, checked_at)"
						+ " values (?, ?, ?, ?, ?)",
				checkedBy, role, query.hash(), matched.size(), java.sql.Timestamp.from(this.clock.instant()));
		return new CheckAnswer(!matched.isEmpty(), new ArrayList<>(precautions));
	}

	/**
	 * The CRO's note for a request for service sent to a partner or contractor about a
	 * customer on the register (R14): the precautions, nothing more. Audited as a read
	 * naming the recipient.
	 */
	@Transactional
	public BriefingNote briefingNote(UUID entryId, String recipient, String preparedBy, String role) {
		Entry entry = this.register.find(entryId);
		if (entry.status() != EntryStatus.ACTIVE) {
			throw new RuleViolation("R14", "A briefing note is for an entry in force; this one is " + entry.status());
		}
		List<String> precautions = precautionsOf(entryId);
		this.reads.recordDisclosure(entryId, preparedBy, role, "R14 briefing note for " + recipient, DISCLOSED_FIELDS);
		return new BriefingNote(recipient, LocalDate.now(this.clock), precautions);
	}

	private List<String> precautionsOf(UUID entryId) {
		List<String> recorded = this.cautions.of(entryId);
		return recorded.isEmpty() ? List.of(DEFAULT_PRECAUTION) : recorded;
	}

	/** R13's whole answer. */
	public record CheckAnswer(boolean onRegister, List<String> precautions) {
	}

	/** R14's whole note. */
	public record BriefingNote(String recipient, LocalDate preparedOn, List<String> precautions) {
	}

}
