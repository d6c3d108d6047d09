package uk.gov.cheltenham.psr.register.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface RetentionJustifications extends CrudRepository<RetentionJustification, UUID> {

	List<RetentionJustification> findByEntryIdAndConsideredInReviewIsNullOrderByGivenOnAsc(UUID entryId);

}
