package uk.gov.cheltenham.psr.register.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ContactNotes extends CrudRepository<ContactNote, UUID> {

	List<ContactNote> findByEntryIdAndConsideredInReviewIsNullOrderByContactOnAsc(UUID entryId);

}
