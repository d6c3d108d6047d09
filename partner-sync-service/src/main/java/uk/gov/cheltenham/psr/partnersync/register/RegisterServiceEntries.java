package uk.gov.cheltenham.psr.partnersync.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.gov.cheltenham.psr.internalapi.EntrySharedFields;
import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.partnersync.outbound.EntryRegister;
import uk.gov.cheltenham.psr.partnersync.outbound.RegisterReadFailure;
import uk.gov.cheltenham.psr.platform.client.InternalApi;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Reads {@link EntrySharedFields} from register-service, asking for exactly the field
 * names given (comma-separated in {@code fields}). The register's answers become the
 * sender's three outcomes; failures are described in fixed words, never with the
 * register's reply.
 */
public class RegisterServiceEntries implements EntryRegister {

	private final InternalApi registerService;

	public RegisterServiceEntries(InternalApi registerService) {
		this.registerService = registerService;
	}

	@Override
	public Map<String, Object> sharedFields(UUID entryId, List<String> fieldNames) throws RegisterReadFailure {
		EntrySharedFields answer;
		try {
			answer = this.registerService.get(EntrySharedFields.class, InternalPaths.ENTRY_SHARED_FIELDS, entryId,
					String.join(",", fieldNames));
		}
		catch (ServiceUnavailable ex) {
			throw new RegisterReadFailure(RegisterReadFailure.Cause.UNAVAILABLE,
					"register-service could not give the shared fields now", ex);
		}
		catch (RecordGone ex) {
			throw new RegisterReadFailure(RegisterReadFailure.Cause.ENTRY_GONE,
					"The register deleted the entry (410) before the update was sent; nothing was sent", ex);
		}
		catch (NotFound ex) {
			throw new RegisterReadFailure(RegisterReadFailure.Cause.ENTRY_UNKNOWN,
					"The register does not know the entry (404); nothing was sent", ex);
		}
		catch (RuntimeException ex) {
			// a refused call (400/401/403) or an unreadable answer: to be fixed by
			// configuration or contract, retried meanwhile
			throw new RegisterReadFailure(RegisterReadFailure.Cause.UNAVAILABLE,
					"register-service refused the call or gave an unreadable answer (" + ex.getClass().getSimpleName()
							+ ")",
					ex);
		}
		if (answer == null || !entryId.equals(answer.entryId()) || answer.fields() == null) {
			throw new RegisterReadFailure(RegisterReadFailure.Cause.UNAVAILABLE,
					"register-service answered without the entry's shared fields", null);
		}
		return answer.fields();
	}

}
