package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;
import uk.gov.cheltenham.psr.partnersync.https.HttpsEndpointSettings;
import uk.gov.cheltenham.psr.partnersync.https.HttpsPartnerEndpoint;
import uk.gov.cheltenham.psr.partnersync.outbound.DisclosureAnnouncements;
import uk.gov.cheltenham.psr.partnersync.outbound.EntryRegister;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdates;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerChannel;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerUpdateSender;
import uk.gov.cheltenham.psr.partnersync.register.RegisterServiceEntries;
import uk.gov.cheltenham.psr.partnersync.smtp.PartnerSmtpSettings;
import uk.gov.cheltenham.psr.partnersync.smtp.SmtpPartnerMailbox;
import uk.gov.cheltenham.psr.partnersync.tls.KeyStoreFile;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * The partner sender (P1): register-service's internal API for the values, the
 * agreement's channel (a TLS-only SMTP mailbox or the signed HTTPS endpoint), the retry
 * policy, and the platform's polling worker that runs it in the background. The retry
 * settings live under {@code psr.partner.smtp.*} for either channel.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerSmtpProperties.class)
class PartnerSenderConfiguration {

	@Bean
	EntryRegister entryRegister(InternalApis internalApis,
			@Value("${psr.services.register-service.url}") String registerServiceUrl) {
		return new RegisterServiceEntries(internalApis.forService("register-service", registerServiceUrl));
	}

	/**
	 * The agreement's channel; an HTTPS endpoint that is not acceptable stops the
	 * service.
	 */
	@Bean
	PartnerChannel partnerChannel(DataSharingAgreement agreement, PartnerSmtpProperties smtp,
			PartnerHttpsProperties https, Clock clock) {
		if (agreement.channel() == DeliveryChannel.HTTPS) {
			return HttpsPartnerEndpoint.of(new HttpsEndpointSettings(https.endpoint(), https.signingSecret(),
					new KeyStoreFile(https.trustStore(), https.trustStorePassword(), https.trustStoreType()),
					new KeyStoreFile(https.keyStore(), https.keyStorePassword(), https.keyStoreType()),
					https.allowInsecureLoopback(), https.timeout()), clock);
		}
		return SmtpPartnerMailbox
			.requiringTls(new PartnerSmtpSettings(smtp.host(), smtp.port(), smtp.username(), smtp.password(),
					smtp.from(), smtp.trustStore(), smtp.trustStorePassword(), smtp.trustStoreType(), smtp.timeout()));
	}

	@Bean
	PartnerUpdateSender partnerUpdateSender(OutboundUpdates updates, EntryRegister entryRegister,
			PartnerChannel partnerChannel, DisclosureAnnouncements announcements, PartnerSmtpProperties smtp,
			PlatformTransactionManager transactionManager, Clock clock, AuditTrail trail) {
		RetryPolicy retries = RetryPolicy.lasting(smtp.retryWindow(), smtp.firstBackoff(), smtp.maxBackoff());
		return new PartnerUpdateSender(updates, entryRegister, partnerChannel, announcements, retries,
				transactionManager, clock, smtp.sendingLease(), smtp.recordWindow(), trail);
	}

	@Bean
	PollingWorker partnerUpdateSenderWorker(PartnerUpdateSender sender, PartnerSmtpProperties smtp) {
		return new PollingWorker("partner-update-sender", smtp.pollInterval(), sender::sendDue);
	}

}
