package uk.gov.cheltenham.psr.letters.letter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface Letters extends CrudRepository<Letter, UUID> {

	List<Letter> findByEntryIdOrderByCreatedAtAsc(UUID entryId);

	boolean existsByRequestId(UUID requestId);

	Optional<Letter> findByRequestId(UUID requestId);

	/** Deletes for good, in one statement: nothing of a purged entry stays (R12). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Letter letter where letter.entryId = :entryId")
	int deleteByEntryId(@Param("entryId") UUID entryId);

}
