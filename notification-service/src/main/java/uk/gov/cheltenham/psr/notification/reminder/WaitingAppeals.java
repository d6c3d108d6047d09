package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface WaitingAppeals extends Repository<WaitingAppeal, UUID> {

	@Modifying
	@Query(value = """
			insert into reminder_appeal (appeal_id, entry_id, lodged_at) values (:appealId, :entryId, :lodgedAt)
			on conflict (appeal_id) do nothing""", nativeQuery = true)
	int lodged(@Param("appealId") UUID appealId, @Param("entryId") UUID entryId, @Param("lodgedAt") Instant lodgedAt);

	List<WaitingAppeal> findByLodgedAtBeforeOrderByLodgedAtAsc(Instant before);

	@Modifying
	@Query("delete from WaitingAppeal a where a.appealId = :appealId")
	int deleteByAppealId(@Param("appealId") UUID appealId);

	@Modifying
	@Query("delete from WaitingAppeal a where a.entryId = :entryId")
	int deleteByEntryId(@Param("entryId") UUID entryId);

}
