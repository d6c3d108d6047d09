package uk.gov.cheltenham.psr.incident.config;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.incident.contact.ContactDetailsColumns;
import uk.gov.cheltenham.psr.incident.report.IncidentColumns;
import uk.gov.cheltenham.psr.platform.crypto.EncryptColumnsMigration;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V11: encrypts the personal data written in plain text before V10 (values already
 * encrypted are left alone).
 */
@Component
class EncryptPersonalDataMigration extends EncryptColumnsMigration {

	EncryptPersonalDataMigration(FieldCipher cipher) {
		super(cipher, "11", "encrypt personal data", IncidentColumns.INCIDENT, IncidentColumns.WITNESS_STATEMENTS,
				IncidentColumns.ATTACHMENTS, ContactDetailsColumns.CONTACT_DETAILS_UPDATES);
	}

}
