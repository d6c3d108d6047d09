package uk.gov.cheltenham.psr.incident.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.incident.contact.ContactDetailsColumns;
import uk.gov.cheltenham.psr.incident.report.IncidentColumns;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;

/**
 * The columns this service encrypts with the platform's data keys, so that the platform's
 * key-rotation job re-encrypts them when the active key changes.
 */
@Configuration(proxyBeanMethods = false)
class EncryptedColumnsConfiguration {

	@Bean
	EncryptedColumns incidentColumns() {
		return IncidentColumns.INCIDENT;
	}

	@Bean
	EncryptedColumns witnessStatementColumns() {
		return IncidentColumns.WITNESS_STATEMENTS;
	}

	@Bean
	EncryptedColumns attachmentColumns() {
		return IncidentColumns.ATTACHMENTS;
	}

	@Bean
	EncryptedColumns contactDetailsUpdateColumns() {
		return ContactDetailsColumns.CONTACT_DETAILS_UPDATES;
	}

}
