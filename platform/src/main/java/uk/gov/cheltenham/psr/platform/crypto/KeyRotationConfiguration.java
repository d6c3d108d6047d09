package uk.gov.cheltenham.psr.platform.crypto;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * The key-rotation job, in every service that declares at least one
 * {@link EncryptedColumns} bean: {@link KeyRotation} run by a {@link PollingWorker}
 * ({@code psr.crypto.rotation.poll-interval}, default 10 minutes; batches of
 * {@code psr.crypto.rotation.batch-size}, default 100), and the gauge
 * {@code psr.crypto.values.on.old.keys}. An auto-configuration, so declaring the columns
 * is all a service does.
 */
@AutoConfiguration
@ConditionalOnBean(EncryptedColumns.class)
public class KeyRotationConfiguration {

	@Bean
	KeyRotation keyRotation(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FieldCipher cipher,
			List<EncryptedColumns> columns, @Value("${psr.crypto.rotation.batch-size:100}") int batchSize,
			ObjectProvider<MeterRegistry> meters) {
		KeyRotation rotation = new KeyRotation(jdbc, new TransactionTemplate(transactionManager), cipher, columns,
				batchSize);
		meters
			.ifAvailable((registry) -> Gauge.builder("psr.crypto.values.on.old.keys", rotation, KeyRotation::remaining)
				.description("Encrypted values still under an older data key (-1 before the first run)")
				.register(registry));
		return rotation;
	}

	@Bean
	PollingWorker keyRotationWorker(KeyRotation rotation,
			@Value("${psr.crypto.rotation.poll-interval:10m}") Duration pollInterval) {
		return new PollingWorker("key-rotation", pollInterval, rotation::run);
	}

}
