package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.partnersync.outbound.DisclosureAnnouncements;
import uk.gov.cheltenham.psr.partnersync.outbound.EntryRegister;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdates;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerChannel;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerUpdateSender;
import uk.gov.cheltenham.psr.partnersync.outbound.RetryPolicy;
import uk.gov.cheltenham.psr.partnersync.register.RegisterServiceEntries;
import uk.gov.cheltenham.psr.partnersync.smtp.PartnerSmtpSettings;
import uk.gov.cheltenham.psr.partnersync.smtp.SmtpPartnerMailbox;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * The partner sender (P1): register-service's internal API for the values, a TLS-only
 * SMTP mailbox, the retry policy, and the platform's polling worker that runs it in the
 * background.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerSmtpProperties.class)
class PartnerSenderConfiguration {

	@Bean
	EntryRegister entryRegister(InternalApis internalApis,
			@Value("${psr.services.register-service.url}") String registerServiceUrl) {
		return new RegisterServiceEntries(internalApis.forService("register-service", registerServiceUrl));
	}

	@Bean
	PartnerChannel partnerChannel(PartnerSmtpProperties smtp) {
		return SmtpPartnerMailbox
			.requiringTls(new PartnerSmtpSettings(smtp.host(), smtp.port(), smtp.username(), smtp.password(),
					smtp.from(), smtp.trustStore(), smtp.trustStorePassword(), smtp.trustStoreType(), smtp.timeout()));
	}

	@Bean
	PartnerUpdateSender partnerUpdateSender(OutboundUpdates updates, EntryRegister entryRegister,
			PartnerChannel partnerChannel, DisclosureAnnouncements announcements, PartnerSmtpProperties smtp,
			PlatformTransactionManager transactionManager, Clock clock) {
		RetryPolicy retries = new RetryPolicy(smtp.maxAttempts(), smtp.firstBackoff(), smtp.maxBackoff());
		return new PartnerUpdateSender(updates, entryRegister, partnerChannel, announcements, retries,
				new TransactionTemplate(transactionManager), clock);
	}

	@Bean
	PollingWorker partnerUpdateSenderWorker(PartnerUpdateSender sender, PartnerSmtpProperties smtp) {
		return new PollingWorker("partner-update-sender", smtp.pollInterval(), sender::sendDue);
	}

}
