package uk.gov.cheltenham.psr.register.web;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;

/** Audits a read of an entry's content by the calling user (R1, D3). */
@Component
class EntryReads {

	private final EntryReadAudit audit;

	EntryReads(EntryReadAudit audit) {
		this.audit = audit;
	}

	void record(UUID entryId, Jwt caller, String purpose) {
		this.audit.recordRead(entryId, caller.getSubject(), String.join(",", rolesOf(caller)), purpose);
	}

	void record(Collection<UUID> entryIds, Jwt caller, String purpose) {
		entryIds.stream().distinct().forEach((entryId) -> record(entryId, caller, purpose));
	}

	static List<String> rolesOf(Jwt caller) {
		List<String> roles = caller.getClaimAsStringList("roles");
		return (roles != null) ? roles : List.of();
	}

}
