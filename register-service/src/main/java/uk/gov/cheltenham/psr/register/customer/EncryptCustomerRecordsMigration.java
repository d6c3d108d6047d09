package uk.gov.cheltenham.psr.register.customer;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.crypto.EncryptColumnsMigration;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V34: encrypts customer records written in plain text before V33 (the shared Java
 * migration; values already encrypted are left alone).
 */
@Component
class EncryptCustomerRecordsMigration extends EncryptColumnsMigration {

	EncryptCustomerRecordsMigration(FieldCipher cipher) {
		super(cipher, "34", "encrypt customer records", CustomerRecordColumns.CUSTOMER_RECORDS);
	}

}
