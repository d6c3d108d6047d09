package uk.gov.cheltenham.psr.register.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.register.customer.CustomerRecordColumns;
import uk.gov.cheltenham.psr.register.sar.SubjectAccessColumns;

/**
 * The columns this service encrypts with the platform's data keys, so that the platform's
 * key-rotation job re-encrypts them when the active key changes.
 */
@Configuration(proxyBeanMethods = false)
class EncryptedColumnsConfiguration {

	@Bean
	EncryptedColumns customerRecordColumns() {
		return CustomerRecordColumns.CUSTOMER_RECORDS;
	}

	@Bean
	EncryptedColumns subjectAccessPartColumns() {
		return SubjectAccessColumns.PARTS;
	}

}
