package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface Deliveries extends CrudRepository<Delivery, UUID> {

	/**
	 * Locks due deliveries of one channel for this transaction, to be claimed: PENDING
	 * ones past their backoff, and SENDING ones whose lease ran out (the attempt was
	 * never recorded). Rows another instance is claiming are skipped rather than waited
	 * for.
	 */
	@Query(value = """
			select * from notification_delivery
			where status in ('PENDING', 'SENDING') and channel = :channel and next_attempt_at <= :now
			order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
	List<Delivery> claimDue(@Param("channel") String channel, @Param("now") Instant now, @Param("limit") int limit);

	boolean existsByEventIdAndSubscriptionIdAndChannel(UUID eventId, UUID subscriptionId, DeliveryChannel channel);

	List<Delivery> findByEventId(UUID eventId);

	List<Delivery> findByReminderIdIn(Collection<UUID> reminderIds);

	List<Delivery> findBySubscriptionIdAndStatus(UUID subscriptionId, DeliveryStatus status);

	List<Delivery> findTop200ByOrderByCreatedAtDesc();

	List<Delivery> findTop200ByStatusOrderByCreatedAtDesc(DeliveryStatus status);

	@Modifying
	@Query("delete from Delivery d where d.entryId = :entryId")
	int deleteByEntryId(@Param("entryId") UUID entryId);

}
