package uk.gov.cheltenham.psr.partnersync.outbound;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register as the sender sees it (P1): the current values of an entry's shared
 * fields, read at the moment of sending and never kept.
 */
public interface EntryRegister {

	/**
	 * Reads the values of the named fields of one entry.
	 * @param entryId the entry
	 * @param fieldNames the fields wanted, all on the agreement's allow-list
	 * @return field name to value (a string or a list of strings); the register may
	 * answer fewer fields, or more, which the caller drops
	 * @throws RegisterReadFailure if the register cannot answer now, or the entry is
	 * unknown or deleted
	 */
	Map<String, Object> sharedFields(UUID entryId, List<String> fieldNames) throws RegisterReadFailure;

}
