package uk.gov.cheltenham.psr.internalapi;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything one service holds about the subject of one register entry, for a subject
 * access request (D4). Answered to register-service only, which puts the parts together,
 * lets the CRO redact and releases the bundle; the answering service records the
 * disclosure in its audit trail (D3).
 *
 * @param service the answering service
 * @param entryId the entry whose subject asked
 * @param records kind (e.g. {@code incident}, {@code letter}) → record id → the record's
 * fields; values are strings, numbers, booleans, {@code null}, or lists and maps of them
 * (e.g. an incident's {@code witnessStatements}). Together they give each value a stable
 * path such as {@code incident/<id>/witnessStatements/0/statement}.
 * @param documents files kept with the records (the letters' PDFs)
 */
public record SubjectAccessPart(String service, UUID entryId, Map<String, Map<String, Map<String, Object>>> records,
		List<SubjectAccessDocument> documents) {

	private static final int MAX_DETAIL = 1000;

	public SubjectAccessPart {
		records = (records != null) ? records : Map.of();
		documents = (documents != null) ? documents : List.of();
	}

	/**
	 * What was disclosed, as the audit trail's detail records it: kinds and record ids,
	 * never values, within the trail's 1000 characters.
	 */
	public String disclosedIds() {
		String ids = this.records.entrySet()
			.stream()
			.map((kind) -> kind.getKey() + ": " + String.join(",", kind.getValue().keySet()))
			.collect(Collectors.joining("; "));
		return (ids.length() <= MAX_DETAIL) ? ids : ids.substring(0, MAX_DETAIL - 3) + "...";
	}

}
