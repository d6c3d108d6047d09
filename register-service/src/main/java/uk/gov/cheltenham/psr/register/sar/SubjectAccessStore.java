package uk.gov.cheltenham.psr.register.sar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Keeps subject access requests, their parts (content encrypted) and redactions. A
 * request row's version guards against two CROs changing one request at once.
 */
@Repository
class SubjectAccessStore {

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	SubjectAccessStore(JdbcTemplate jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(SubjectAccessRequest request) {
		this.jdbc.update(
				"insert into subject_access_request (id, version, entry_id, opened_by, opened_at) values (?, 0, ?, ?, ?)",
				request.id(), request.entryId(), request.openedBy(), Timestamp.from(request.openedAt()));
	}

	Optional<SubjectAccessRequest> find(UUID id) {
		List<SubjectAccessRequest> found = this.jdbc.query("select * from subject_access_request where id = ?",
				(rs, row) -> new SubjectAccessRequest(rs.getObject("id", UUID.class),
						rs.getObject("entry_id", UUID.class), rs.getLong("version"), rs.getString("opened_by"),
						instant(rs.getTimestamp("opened_at")), rs.getString("released_by"),
						instant(rs.getTimestamp("released_at")), parts(id), redactions(id)),
				id);
		return found.stream().findFirst();
	}

	/**
	 * The request's own row and its redactions, if nobody changed it since it was read.
	 */
	void update(SubjectAccessRequest request) {
		int updated = this.jdbc.update(
				"update subject_access_request set version = version + 1, released_by = ?, released_at = ?"
						+ " where id = ? and version = ?",
				request.releasedBy(), (request.releasedAt() != null) ? Timestamp.from(request.releasedAt()) : null,
				request.id(), request.version());
		if (updated != 1) {
			throw new OptimisticLockingFailureException("subject access request changed meanwhile");
		}
		this.jdbc.update("delete from subject_access_redaction where request_id = ?", request.id());
		for (Redaction redaction : request.redactions()) {
			this.jdbc.update(
					"insert into subject_access_redaction (request_id, item_path, reason, note, marked_by, marked_at)"
							+ " values (?, ?, ?, ?, ?, ?)",
					request.id(), redaction.path(), redaction.reason().name(), redaction.note(), redaction.markedBy(),
					Timestamp.from(redaction.markedAt()));
		}
	}

	/** Stores the outcome of gathering one part; a missing part keeps no content. */
	void savePart(UUID requestId, PartState state, String json) {
		String content = (json != null) ? this.cipher.encrypt(json, SubjectAccessColumns.CONTENT) : null;
		this.jdbc
			.update("insert into subject_access_part (request_id, source, gathered, content, problem, attempted_at)"
					+ " values (?, ?, ?, ?, ?, ?) on conflict (request_id, source) do update set gathered = excluded.gathered,"
					+ " content = excluded.content, problem = excluded.problem, attempted_at = excluded.attempted_at",
					requestId, state.source().name(), state.gathered(), content, state.problem(),
					Timestamp.from(state.attemptedAt()));
	}

	/** The gathered parts' JSON, in source order. */
	List<String> contents(UUID requestId) {
		return this.jdbc
			.queryForList("select source, content from subject_access_part where request_id = ? and gathered",
					requestId)
			.stream()
			.sorted((a, b) -> PartSource.valueOf((String) a.get("source"))
				.compareTo(PartSource.valueOf((String) b.get("source"))))
			.map((row) -> this.cipher.decrypt((String) row.get("content"), SubjectAccessColumns.CONTENT))
			.toList();
	}

	List<UUID> idsOfEntry(UUID entryId) {
		return this.jdbc.queryForList("select id from subject_access_request where entry_id = ? order by opened_at",
				UUID.class, entryId);
	}

	/** R12: the requests of a purged entry and everything gathered for them. */
	void deleteOfEntry(UUID entryId) {
		this.jdbc.update("delete from subject_access_request where entry_id = ?", entryId);
	}

	private List<PartState> parts(UUID requestId) {
		return this.jdbc.query(
				"select source, gathered, problem, attempted_at from subject_access_part where request_id = ?",
				(rs, row) -> new PartState(PartSource.valueOf(rs.getString("source")), rs.getBoolean("gathered"),
						rs.getString("problem"), instant(rs.getTimestamp("attempted_at"))),
				requestId);
	}

	private List<Redaction> redactions(UUID requestId) {
		return this.jdbc.query(
				"select * from subject_access_redaction where request_id = ? order by marked_at, item_path",
				(rs, row) -> new Redaction(rs.getString("item_path"), RedactionReason.valueOf(rs.getString("reason")),
						rs.getString("note"), rs.getString("marked_by"), instant(rs.getTimestamp("marked_at"))),
				requestId);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
