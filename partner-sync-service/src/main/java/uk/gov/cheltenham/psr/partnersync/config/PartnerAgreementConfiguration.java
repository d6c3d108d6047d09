package uk.gov.cheltenham.psr.partnersync.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;

/**
 * Builds the agreement once at startup; an unknown event type or field, or a channel
 * without its recipient, stops the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PartnerAgreementProperties.class, PartnerHttpsProperties.class })
class PartnerAgreementConfiguration {

	@Bean
	DataSharingAgreement dataSharingAgreement(PartnerAgreementProperties properties, PartnerHttpsProperties https) {
		// an update's recipient is where its channel delivers it
		String recipient = (properties.channel() == DeliveryChannel.HTTPS) ? https.endpoint() : properties.recipient();
		return DataSharingAgreement.of(properties.agreementReference(), properties.channel(), recipient,
				properties.coveredEvents(), properties.disclosedFields());
	}

}
