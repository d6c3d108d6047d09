package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface TrackedReviews extends Repository<TrackedReview, UUID> {

	/** Records the review date, unless a later event already set another. */
	@Modifying
	@Query(value = """
			insert into reminder_review (entry_id, review_due, as_of) values (:entryId, :reviewDue, :asOf)
			on conflict (entry_id) do update set review_due = excluded.review_due, as_of = excluded.as_of
			where reminder_review.as_of <= excluded.as_of""", nativeQuery = true)
	int schedule(@Param("entryId") UUID entryId, @Param("reviewDue") LocalDate reviewDue, @Param("asOf") Instant asOf);

	List<TrackedReview> findByReviewDueLessThanEqualOrderByReviewDueAscEntryIdAsc(LocalDate day);

	@Modifying
	@Query("delete from TrackedReview r where r.entryId = :entryId")
	int deleteByEntryId(@Param("entryId") UUID entryId);

}
