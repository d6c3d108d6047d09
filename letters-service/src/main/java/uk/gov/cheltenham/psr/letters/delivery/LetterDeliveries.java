package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface LetterDeliveries extends CrudRepository<LetterDelivery, UUID> {

	/**
	 * Locks due emails for this transaction, to be claimed: PENDING ones past their
	 * backoff, and SENDING ones whose lease ran out (the attempt was never recorded).
	 * Rows another instance is claiming are skipped rather than waited for, and so are
	 * held letters (R8): they wait.
	 */
	@Query(value = """
			select * from letter_delivery
			where status in ('PENDING', 'SENDING') and channel = 'EMAIL' and next_attempt_at <= :now
			and letter_id not in (select id from letter where on_hold)
			order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
	List<LetterDelivery> claimDueEmails(@Param("now") Instant now, @Param("limit") int limit);

	Optional<LetterDelivery> findByLetterId(UUID letterId);

	List<LetterDelivery> findByStatusOrderByCreatedAtAsc(DeliveryStatus status);

}
