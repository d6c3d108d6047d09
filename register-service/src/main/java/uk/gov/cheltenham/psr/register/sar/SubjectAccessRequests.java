package uk.gov.cheltenham.psr.register.sar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessDocument;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.check.CustomerQuery;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * Subject access requests (D4), from opening to release. Gathering runs on the caller's
 * thread, one bounded internal-API call per service and no transaction held across the
 * calls; each part is stored as soon as it is had, so a service that is down leaves only
 * its own part missing, to be gathered again later. Every step is audited against the
 * entry (D3).
 */
@Service
public class SubjectAccessRequests {

	private static final Logger log = LoggerFactory.getLogger(SubjectAccessRequests.class);

	private static final String SUBJECT = "entry";

	private static final String PURPOSE = "D4 subject access";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SubjectAccessStore store;

	private final SubjectAccessSources sources;

	private final Register register;

	private final CustomerRecords customerRecords;

	private final EntryReadAudit reads;

	private final AuditTrail trail;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SubjectAccessRequests(SubjectAccessStore store, SubjectAccessSources sources, Register register,
			CustomerRecords customerRecords, EntryReadAudit reads, AuditTrail trail, JdbcTemplate jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.sources = sources;
		this.register = register;
		this.customerRecords = customerRecords;
		this.reads = reads;
		this.trail = trail;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Opens a request for an entry's person.
	 * @throws NotFound when there is no such entry
	 */
	public SubjectAccessRequest open(UUID entryId, String by, String role) {
		this.register.find(entryId);
		SubjectAccessRequest request = SubjectAccessRequest.open(entryId, by, this.clock.instant());
		this.transaction.executeWithoutResult((status) -> {
			this.store.insert(request);
			this.trail.record(by, role, "SUBJECT_ACCESS_OPENED", SUBJECT, entryId.toString(), PURPOSE,
					"request " + request.id());
		});
		return request;
	}

	/**
	 * Opens a request for the one entry whose customer has this name and (when given)
	 * address, matched as the councillor check matches (R13's {@link CustomerQuery}).
	 * @throws NotFound when no entry matches
	 * @throws RuleViolation D4 when several do: open by entry id instead
	 */
	public SubjectAccessRequest openFor(String name, String address, String by, String role) {
		CustomerQuery byName = new CustomerQuery(name, null);
		CustomerQuery byAddress = (address != null && !address.isBlank()) ? new CustomerQuery(null, address) : null;
		List<UUID> entryIds = this.jdbc.queryForList("select id from entry", UUID.class);
		List<UUID> matched = this.customerRecords.recordsOf(entryIds)
			.stream()
			.filter((record) -> byName.matches(record.customerName(), record.addressLines()))
			.filter((record) -> byAddress == null || byAddress.matches(record.customerName(), record.addressLines()))
			.map(CustomerRecord::entryId)
			.toList();
		if (matched.isEmpty()) {
			throw new NotFound("No entry's customer matches");
		}
		if (matched.size() > 1) {
			throw new RuleViolation("D4", matched.size()
					+ " entries match: open the request by entry id after checking which is the subject");
		}
		return open(matched.get(0), by, role);
	}

	public SubjectAccessRequest find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFound("No subject access request " + id));
	}

	public List<UUID> requestsOf(UUID entryId) {
		return this.store.idsOfEntry(entryId);
	}

	/**
	 * Gathers every part not yet held; a part that cannot be had is recorded as missing
	 * with the reason, never silently left out.
	 * @throws RuleViolation D4 once released
	 */
	public SubjectAccessRequest gather(UUID id, String by, String role) {
		SubjectAccessRequest request = find(id);
		List<String> gathered = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (PartSource source : request.toGather()) {
			try {
				SubjectAccessPart part = this.sources.gather(source, request.entryId());
				this.store.savePart(id, new PartState(source, true, null, this.clock.instant()),
						JSON.writeValueAsString(part));
				gathered.add(source.service());
			}
			catch (RuntimeException ex) {
				// the class only: a message may carry content (D1)
				String problem = (ex instanceof ServiceUnavailable) ? ex.getMessage()
						: source.service() + " did not answer (" + ex.getClass().getSimpleName() + ")";
				log.warn("subject access part {} not gathered: {}", source.service(), ex.getClass().getName());
				this.store.savePart(id, new PartState(source, false, problem, this.clock.instant()), null);
				missing.add(source.service());
			}
		}
		this.trail.record(by, role, "SUBJECT_ACCESS_GATHERED", SUBJECT, request.entryId().toString(), PURPOSE,
				"request " + id + "; gathered: " + String.join(",", gathered) + "; missing: "
						+ String.join(",", missing));
		return find(id);
	}

	/** The bundle's items as gathered, each with its redaction; audited as a read. */
	public List<ReviewedItem> items(UUID id, String by, String role) {
		SubjectAccessRequest request = find(id);
		Bundle bundle = bundle(id);
		this.reads.recordRead(request.entryId(), by, role, PURPOSE);
		return bundle.items()
			.stream()
			.map((item) -> new ReviewedItem(item,
					request.redactions()
						.stream()
						.filter((redaction) -> redaction.covers(item.path()))
						.findFirst()
						.orElse(null)))
			.toList();
	}

	/**
	 * Marks an item (a value, record, list or kind) to withhold.
	 * @throws RuleViolation D4 once released or for an item the bundle lacks
	 */
	public SubjectAccessRequest redact(UUID id, String path, RedactionReason reason, String note, String by,
			String role) {
		return change(id, by, role, "SUBJECT_ACCESS_REDACTED", path + " (" + reason + ")",
				(request) -> request.redact(bundle(id), path, reason, note, by, this.clock.instant()));
	}

	/**
	 * Releases an item marked for redaction.
	 * @throws RuleViolation D4 once released
	 */
	public SubjectAccessRequest withdrawRedaction(UUID id, String path, String by, String role) {
		return change(id, by, role, "SUBJECT_ACCESS_REDACTION_WITHDRAWN", path,
				(request) -> request.withdrawRedaction(path));
	}

	/**
	 * Releases the bundle, once, when every part is gathered.
	 * @throws RuleViolation D4 otherwise
	 */
	public SubjectAccessRequest release(UUID id, String by, String role) {
		return change(id, by, role, "SUBJECT_ACCESS_RELEASED", null,
				(request) -> request.release(by, this.clock.instant()));
	}

	/**
	 * The released bundle as a ZIP: {@code bundle.json} with redacted items replaced by
	 * their reason, and the letters' PDFs that were not redacted. Audited as a
	 * disclosure.
	 * @throws RuleViolation D4 until released
	 */
	public byte[] archive(UUID id, String by, String role) {
		SubjectAccessRequest request = find(id);
		request.requireReleased();
		Bundle bundle = bundle(id);
		List<SubjectAccessDocument> documents = bundle.releasedDocuments(request.redactions());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("subjectAccessRequest", id.toString());
		json.put("entryId", request.entryId().toString());
		json.put("releasedAt", request.releasedAt().toString());
		json.put("sources", List.of(PartSource.values()).stream().map(PartSource::service).toList());
		json.put("files", documents.stream().map(SubjectAccessDocument::fileName).toList());
		json.put("records", bundle.redacted(request.redactions()));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("bundle.json"));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
			zip.closeEntry();
			for (SubjectAccessDocument document : documents) {
				zip.putNextEntry(new ZipEntry(document.fileName()));
				zip.write(Base64.getDecoder().decode(document.contentBase64()));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.reads.recordDisclosure(request.entryId(), by, role, PURPOSE + ": released bundle",
				List.of("request " + id, documents.size() + " files"));
		return bytes.toByteArray();
	}

	/** R12, D5: requests and everything gathered for them go with the purged entry. */
	@EventListener
	void on(EntryEvents.Purged purged) {
		this.store.deleteOfEntry(purged.entryId());
	}

	private SubjectAccessRequest change(UUID id, String by, String role, String action, String detail,
			Consumer<SubjectAccessRequest> change) {
		return this.transaction.execute((status) -> {
			SubjectAccessRequest request = find(id);
			change.accept(request);
			this.store.update(request);
			this.trail.record(by, role, action, SUBJECT, request.entryId().toString(), PURPOSE,
					"request " + id + ((detail != null) ? "; " + detail : ""));
			return find(id);
		});
	}

	private Bundle bundle(UUID id) {
		return Bundle
			.of(this.store.contents(id).stream().map((json) -> JSON.readValue(json, SubjectAccessPart.class)).toList());
	}

	/**
	 * An item as the CRO reviews it.
	 *
	 * @param item the item
	 * @param redaction the redaction covering it, or {@code null}
	 */
	public record ReviewedItem(BundleItem item, Redaction redaction) {
	}

}
