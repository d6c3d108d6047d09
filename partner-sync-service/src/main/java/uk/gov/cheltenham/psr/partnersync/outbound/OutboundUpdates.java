package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface OutboundUpdates extends CrudRepository<OutboundUpdate, UUID> {

	List<OutboundUpdate> findByEntryId(UUID entryId);

	boolean existsBySourceEventIdAndKind(UUID sourceEventId, UpdateKind kind);

	boolean existsByEntryIdAndKind(UUID entryId, UpdateKind kind);

	/**
	 * Locks the next due update for this transaction, to be claimed: PENDING past its
	 * backoff, or SENDING with its lease run out. Rows another sender is claiming are
	 * skipped, so two senders never deliver the same update at once.
	 */
	@Query(value = """
			select * from outbound_update
			where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
			order by next_attempt_at, id limit 1 for update skip locked""", nativeQuery = true)
	List<OutboundUpdate> lockNextDue(@Param("now") Instant now);

}
