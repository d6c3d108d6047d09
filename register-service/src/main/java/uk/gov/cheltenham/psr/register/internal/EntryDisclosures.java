package uk.gov.cheltenham.psr.register.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;
import uk.gov.cheltenham.psr.internalapi.EntrySharedFields;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.check.StaffCautions;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.customer.IncidentFacts;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * Hands an entry's details to the one service whose purpose needs them, only the minimum,
 * and records each disclosure in the read audit (D1, D2, D3): letter details to
 * letters-service, the agreed fields to partner-sync-service.
 */
@Service
public class EntryDisclosures {

	public static final String LETTERS_SERVICE = "letters-service";

	public static final String PARTNER_SYNC_SERVICE = "partner-sync-service";

	static final String SERVICE_ROLE = "SERVICE";

	/** The letter is signed by the CSSM unless R7 says otherwise. */

	static final List<String> LETTER_FIELDS = List.of("customerName", "address", "email", "incidents", "restrictions",
			"reasons", "expiresOn", "reviewDate");

	private final Register register;

	private final CustomerRecords customerRecords;

	private final IncidentFacts incidentFacts;

	private final StaffCautions cautions;

	private final PurgedEntries purged;

	private final EntryReadAudit reads;

	EntryDisclosures(Register register, CustomerRecords customerRecords, IncidentFacts incidentFacts,
			StaffCautions cautions, PurgedEntries purged, EntryReadAudit reads) {
		this.register = register;
		this.customerRecords = customerRecords;
		this.incidentFacts = incidentFacts;
		this.cautions = cautions;
		this.purged = purged;
		this.reads = reads;
	}

	/** What a letter about the entry must say that only the register knows (L1–L6). */
	@Transactional
	public EntryLetterDetails letterDetails(UUID entryId, String callingService) {
		requireCaller(LETTERS_SERVICE, callingService);
		EntryFacts facts = factsOf(entryId);
		Entry entry = facts.entry();
		CustomerRecord customer = facts.customer();
		this.reads.recordDisclosure(entryId, callingService, SERVICE_ROLE, "letter", LETTER_FIELDS);
		return new EntryLetterDetails(entryId, (customer != null) ? customer.customerName() : null,
				(customer != null) ? customer.addressLines() : List.of(), (customer != null) ? customer.email() : null,
				facts.incidentLines(), facts.restrictions(), facts.reasons(), entry.expiresOn(), entry.reviewDue(),
				null, facts.signatoryRole(), facts.complexOrSensitive());
	}

	/**
	 * The values of the fields asked for (the agreement's allow-list lives with
	 * partner-sync-service), only those, for one entry (P1).
	 * @throws UnknownField naming the first field name that does not exist
	 */
	@Transactional
	public EntrySharedFields sharedFields(UUID entryId, List<String> fieldNames, String callingService) {
		requireCaller(PARTNER_SYNC_SERVICE, callingService);
		Set<SharedField> asked = new LinkedHashSet<>();
		fieldNames.stream()
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map(SharedField::named)
			.forEach(asked::add);
		EntryFacts facts = factsOf(entryId);
		Map<String, Object> values = new LinkedHashMap<>();
		for (SharedField field : asked) {
			Object value = field.valueOf(facts);
			if (value != null) {
				values.put(field.fieldName(), value);
			}
		}
		this.reads.recordDisclosure(entryId, callingService, SERVICE_ROLE, "partner sharing",
				List.copyOf(values.keySet()));
		return new EntrySharedFields(entryId, values);
	}

	public static boolean mayReceive(String expected, String callingService) {
		return expected.equals(callingService);
	}

	private static void requireCaller(String expected, String callingService) {
		if (!mayReceive(expected, callingService)) {
			throw new NotAllowedRecipient();
		}
	}

	private EntryFacts factsOf(UUID entryId) {
		Entry entry = this.register.lookup(entryId).orElseThrow(() -> {
			if (this.purged.wasPurged(entryId)) {
				return new EntryGone(entryId);
			}
			return new NotFound("Entry " + entryId);
		});
		CustomerRecord customer = this.customerRecords.recordOf(entryId).orElse(null);
		return new EntryFacts(entry, customer, this.incidentFacts.of(entryId), this.cautions.of(entryId));
	}

}
