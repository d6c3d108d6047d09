package uk.gov.cheltenham.psr.register.appeal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AppealRecords extends CrudRepository<Appeal, UUID> {

	List<Appeal> findByEntryIdOrderByLodgedOnAsc(UUID entryId);

	List<Appeal> findByStatusOrderByReceivedOnAsc(AppealStatus status);

}
