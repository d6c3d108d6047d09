package uk.gov.cheltenham.psr.register.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

import uk.gov.cheltenham.psr.register.customer.CustomerFetch.FetchStatus;

interface CustomerFetchRepository extends CrudRepository<CustomerFetch, UUID> {

	List<CustomerFetch> findFirst20ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(FetchStatus status,
			Instant now);

	List<CustomerFetch> findByEntryIdOrderByRequestedAtAsc(UUID entryId);

	boolean existsByEntryIdAndCauseId(UUID entryId, UUID causeId);

}
