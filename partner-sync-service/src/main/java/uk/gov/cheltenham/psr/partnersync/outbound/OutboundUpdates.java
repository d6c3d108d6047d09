package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

public interface OutboundUpdates extends CrudRepository<OutboundUpdate, UUID> {

	List<OutboundUpdate> findByEntryId(UUID entryId);

	boolean existsBySourceEventIdAndKind(UUID sourceEventId, UpdateKind kind);

	boolean existsByEntryIdAndKind(UUID entryId, UpdateKind kind);

	@Query("select u.id from OutboundUpdate u where u.status = ?1 and u.nextAttemptAt <= ?2 order by u.nextAttemptAt")
	List<UUID> findIdsByStatusDueBy(DeliveryStatus status, Instant now);

	/** Locked, so two senders never deliver the same update. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from OutboundUpdate u where u.id = ?1")
	Optional<OutboundUpdate> findForDelivery(UUID id);

}
