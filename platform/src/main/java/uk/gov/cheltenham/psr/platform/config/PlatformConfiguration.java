package uk.gov.cheltenham.psr.platform.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.client.ServiceTokens;
import uk.gov.cheltenham.psr.platform.crypto.DataKeys;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;
import uk.gov.cheltenham.psr.platform.crypto.FieldCiphers;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.platform.inbox.ProcessedEvents;
import uk.gov.cheltenham.psr.platform.inbox.SkipEventsNotActedOn;
import uk.gov.cheltenham.psr.platform.messaging.EventCodec;
import uk.gov.cheltenham.psr.platform.outbox.KafkaOutboxSender;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;
import uk.gov.cheltenham.psr.platform.outbox.OutboxHealthIndicator;
import uk.gov.cheltenham.psr.platform.outbox.OutboxPurge;
import uk.gov.cheltenham.psr.platform.outbox.OutboxRelay;
import uk.gov.cheltenham.psr.platform.outbox.OutboxSender;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/** Reliable messaging beans: outbox, relay, idempotent intake. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataKeys.class)
public class PlatformConfiguration {

	/** Time comes from one injectable clock, so rules about dates can be tested. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	OutboxSender outboxSender(Environment environment) {
		BinderProducerSettings settings = BinderProducerSettings.from(environment);
		return new KafkaOutboxSender(settings.producerConfig(), settings.adminConfig());
	}

	@Bean
	OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, OutboxSender sender,
			@Value("${psr.outbox.batch-size}") int batchSize) {
		return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), sender, batchSize);
	}

	@Bean
	PollingWorker outboxRelayWorker(OutboxRelay relay, @Value("${psr.outbox.poll-interval}") Duration pollInterval) {
		return new PollingWorker("outbox-relay", pollInterval, relay::drain);
	}

	@Bean
	OutboxPurge outboxPurge(JdbcTemplate jdbc, Clock clock, @Value("${psr.outbox.retention}") Duration retention,
			@Value("${psr.outbox.purge-batch-size}") int batchSize) {
		return new OutboxPurge(jdbc, retention, batchSize, clock);
	}

	@Bean
	PollingWorker outboxPurgeWorker(OutboxPurge purge, @Value("${psr.outbox.purge-interval}") Duration purgeInterval) {
		// a minute after start, not during it: the purge can wait, the start cannot
		return new PollingWorker("outbox-purge", Duration.ofMinutes(1), purgeInterval, purge::purge);
	}

	@Bean
	Outbox outbox(JdbcTemplate jdbc, EventCodec codec, @Qualifier("outboxRelayWorker") PollingWorker worker) {
		return new Outbox(jdbc, codec, worker::wakeUp);
	}

	@Bean
	OutboxHealthIndicator outboxHealthIndicator(JdbcTemplate jdbc, @Value("${psr.outbox.max-lag}") Duration maxLag) {
		return new OutboxHealthIndicator(jdbc, maxLag);
	}

	@Bean
	ProcessedEvents processedEvents(JdbcTemplate jdbc) {
		return new ProcessedEvents(jdbc);
	}

	@Bean
	IncomingEvents incomingEvents(PlatformTransactionManager transactionManager, ProcessedEvents processedEvents,
			EventCodec codec) {
		return new IncomingEvents(new TransactionTemplate(transactionManager), processedEvents, codec);
	}

	@Bean
	SkipEventsNotActedOn skipEventsNotActedOn(BindingServiceProperties bindings, BeanFactory beans) {
		return new SkipEventsNotActedOn(bindings, beans);
	}

	/**
	 * Internal APIs of other services, called with this service's client-credentials
	 * token. The token is fetched on first use, so services that call nobody need no
	 * secret.
	 */
	@Bean
	InternalApis internalApis(Clock clock, @Value("${psr.security.token-uri}") URI tokenUri,
			@Value("${psr.security.client-id}") String clientId,
			@Value("${psr.security.client-secret}") String clientSecret,
			@Value("${psr.internal-api.timeout}") Duration timeout) {
		ServiceTokens tokens = new ServiceTokens(RestClient.builder(), tokenUri, clientId, clientSecret, clock);
		return new InternalApis(RestClient.builder(), tokens, timeout);
	}

	@Bean
	AuditTrail auditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
			ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		EntityManagerFactory jpa = entityManagerFactory.getIfAvailable();
		Runnable flushPendingWrites = (jpa != null) ? new PendingJpaWrites(jpa) : () -> {
		};
		return new AuditTrail(jdbc, new TransactionTemplate(transactionManager), clock, flushPendingWrites);
	}

	/** Personal-data columns are encrypted with keys from outside the database (D2). */
	@Bean
	FieldCipher fieldCipher(DataKeys keys) {
		FieldCipher cipher = keys.cipher();
		FieldCiphers.use(cipher);
		return cipher;
	}

}
