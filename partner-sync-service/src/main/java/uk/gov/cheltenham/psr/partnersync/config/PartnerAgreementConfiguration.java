package uk.gov.cheltenham.psr.partnersync.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;

/**
 * Builds the agreement once at startup; an unknown event type or field stops the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerAgreementProperties.class)
class PartnerAgreementConfiguration {

	@Bean
	DataSharingAgreement dataSharingAgreement(PartnerAgreementProperties properties) {
		return DataSharingAgreement.of(properties.agreementReference(), properties.recipient(),
				properties.coveredEvents(), properties.disclosedFields());
	}

}
