package uk.gov.cheltenham.psr.register.entry;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface Entries extends CrudRepository<Entry, UUID> {

	List<Entry> findByStatusOrderByReviewDueAsc(EntryStatus status);

}
