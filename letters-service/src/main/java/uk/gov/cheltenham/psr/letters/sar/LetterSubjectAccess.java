package uk.gov.cheltenham.psr.letters.sar;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessDocument;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessRows;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/**
 * An entry's letters as they are kept (L7): the letter, its delivery, and the PDF that
 * was sent, the PDF as a document of the bundle named by the letter's {@code pdf} field.
 */
@Service
public class LetterSubjectAccess {

	private final JdbcTemplate jdbc;

	private final AuditTrail auditTrail;

	LetterSubjectAccess(JdbcTemplate jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/**
	 * @param entryId the entry whose subject asked
	 * @param service the calling service, recorded as the recipient
	 */
	@Transactional
	public SubjectAccessPart disclose(UUID entryId, String service) {
		Map<String, Map<String, Object>> letters = new LinkedHashMap<>();
		List<SubjectAccessDocument> documents = new ArrayList<>();
		for (Map<String, Object> row : this.jdbc
			.queryForList("select * from letter where entry_id = ? order by created_at, id", entryId)) {
			UUID letterId = (UUID) row.get("id");
			Map<String, Object> letter = SubjectAccessRows.fields(row);
			letter.put("deliveries", SubjectAccessRows
				.list(this.jdbc.queryForList("select * from letter_delivery where letter_id = ?", letterId)));
			for (Map<String, Object> document : this.jdbc.queryForList(
					"select pdf, sha256, size_bytes, template_version, rendered_at from letter_document where letter_id = ?",
					letterId)) {
				String fileName = "letters/" + letterId + ".pdf";
				letter.put("document", SubjectAccessRows.fields(document));
				letter.put("pdf", fileName);
				documents.add(new SubjectAccessDocument("letter/" + letterId + "/pdf", fileName, "application/pdf",
						Base64.getEncoder().encodeToString((byte[]) document.get("pdf"))));
			}
			letters.put(letterId.toString(), letter);
		}
		SubjectAccessPart part = new SubjectAccessPart("letters-service", entryId, Map.of("letter", letters),
				documents);
		this.auditTrail.record(service, "SERVICE", "DISCLOSE", "entry", entryId.toString(), "subject access",
				part.disclosedIds());
		return part;
	}

}
