package uk.gov.cheltenham.psr.internalapi;

import java.util.Map;
import java.util.UUID;

/**
 * The values of the fields a data-sharing agreement allows for one entry (P1), answered
 * by register-service at {@link InternalPaths#ENTRY_SHARED_FIELDS} for
 * partner-sync-service only. Only the fields asked for are present; values are strings or
 * lists of strings. Field names are those of the agreement, e.g. {@code customerName},
 * {@code address}, {@code restrictions}, {@code reviewDue}.
 *
 * @param entryId the entry
 * @param fields field name to value, only for the fields asked for and known
 */
public record EntrySharedFields(UUID entryId, Map<String, Object> fields) {

}
