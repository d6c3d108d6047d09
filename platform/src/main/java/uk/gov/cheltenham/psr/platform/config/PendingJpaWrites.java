package uk.gov.cheltenham.psr.platform.config;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Flushes the persistence context bound to the current transaction, if there is one, and
 * turns a failure into the exception the commit would have raised (e.g. an
 * {@code OptimisticLockingFailureException}, which callers answer with 409).
 */
final class PendingJpaWrites implements Runnable {

	private final EntityManagerFactory entityManagerFactory;

	private final JpaDialect dialect;

	PendingJpaWrites(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.dialect = (entityManagerFactory instanceof EntityManagerFactoryInfo info && info.getJpaDialect() != null)
				? info.getJpaDialect() : new HibernateJpaDialect();
	}

	@Override
	public void run() {
		if (!(TransactionSynchronizationManager
			.getResource(this.entityManagerFactory) instanceof EntityManagerHolder holder)) {
			return;
		}
		try {
			holder.getEntityManager().flush();
		}
		catch (RuntimeException ex) {
			throw DataAccessUtils.translateIfNecessary(ex, this.dialect);
		}
	}

}
