package uk.gov.cheltenham.psr.register.sar;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.platform.client.InternalApi;
import uk.gov.cheltenham.psr.platform.client.InternalApis;

/**
 * Gathers one part: the register's own, or another service's over its internal API with
 * register-service's client-credentials token. Each call is bounded by the platform's
 * internal-API timeout ({@code psr.internal-api.timeout}).
 */
@Component
class SubjectAccessSources {

	private final RegisterSubjectAccess register;

	private final InternalApi incidents;

	private final InternalApi letters;

	private final InternalApi deliveries;

	private final InternalApi partnerSync;

	SubjectAccessSources(RegisterSubjectAccess register, InternalApis apis,
			@Value("${psr.services.incident-service.url}") String incidentServiceUrl,
			@Value("${psr.services.letters-service.url}") String lettersServiceUrl,
			@Value("${psr.services.notification-service.url}") String notificationServiceUrl,
			@Value("${psr.services.partner-sync-service.url}") String partnerSyncServiceUrl) {
		this.register = register;
		this.incidents = apis.forService(PartSource.INCIDENTS.service(), incidentServiceUrl);
		this.letters = apis.forService(PartSource.LETTERS.service(), lettersServiceUrl);
		this.deliveries = apis.forService(PartSource.DELIVERIES.service(), notificationServiceUrl);
		this.partnerSync = apis.forService(PartSource.PARTNER_SYNC.service(), partnerSyncServiceUrl);
	}

	/**
	 * @throws RuntimeException when the part cannot be had now (the platform's
	 * {@code ServiceUnavailable}, {@code NotFound}, or a refused call)
	 */
	SubjectAccessPart gather(PartSource source, UUID entryId) {
		return switch (source) {
			case REGISTER -> this.register.gather(entryId);
			case INCIDENTS -> this.incidents.get(SubjectAccessPart.class, InternalPaths.INCIDENTS_SUBJECT_ACCESS,
					entryId, ids(this.register.incidentIds(entryId)));
			case LETTERS -> this.letters.get(SubjectAccessPart.class, InternalPaths.LETTERS_SUBJECT_ACCESS, entryId);
			case DELIVERIES ->
				this.deliveries.get(SubjectAccessPart.class, InternalPaths.DELIVERIES_SUBJECT_ACCESS, entryId);
			case PARTNER_SYNC -> this.partnerSync.get(SubjectAccessPart.class, InternalPaths.DISCLOSURES_SUBJECT_ACCESS,
					entryId, ids(this.register.partnerReceiptIds(entryId)));
		};
	}

	private static String ids(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

}
