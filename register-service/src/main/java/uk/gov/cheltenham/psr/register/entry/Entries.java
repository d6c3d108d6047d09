package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface Entries extends CrudRepository<Entry, UUID> {

	List<Entry> findByStatusOrderByReviewDueAsc(EntryStatus status);

	List<Entry> findByStatusInAndPurgeDueLessThanEqual(Collection<EntryStatus> statuses, LocalDate today);

	List<Entry> findByStatusAndExpiresOnLessThanEqual(EntryStatus status, LocalDate today);

	/** R8: entries whose withheld notice is due for its re-check. */
	List<Entry> findByNoticeWithholdingRecheckOnLessThanEqual(LocalDate today);

}
