package uk.gov.cheltenham.psr.register.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface EntryReviews extends CrudRepository<EntryReview, UUID> {

	boolean existsByEntryIdAndStatus(UUID entryId, ReviewStatus status);

	List<EntryReview> findByEntryIdOrderByReviewedOnAsc(UUID entryId);

	List<EntryReview> findByStatusOrderByReviewedOnAsc(ReviewStatus status);

}
