package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.partnersync.inbound.InboundPartnerUpdates;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerUpdateReceipts;
import uk.gov.cheltenham.psr.partnersync.inbound.ReceiptAnnouncements;

/** CBH's way in (P2): receipts checked against the agreement's inbound secret. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerInboundProperties.class)
class PartnerInboundConfiguration {

	@Bean
	InboundPartnerUpdates inboundPartnerUpdates(PartnerUpdateReceipts receipts, ReceiptAnnouncements announcements,
			DataSharingAgreement agreement, PartnerInboundProperties inbound, Clock clock, AuditTrail trail) {
		return new InboundPartnerUpdates(receipts, announcements, agreement,
				new PartnerSignature(inbound.signingSecret()), inbound.maxClockSkew(), clock, trail);
	}

}
