package uk.gov.cheltenham.psr.notification.reminder;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The occasions reminded of. */
public interface ReminderLog extends Repository<Reminder, UUID> {

	List<Reminder> findTop200ByOrderByCreatedAtDesc();

	@Modifying
	@Query("delete from Reminder r where r.entryId = :entryId")
	int deleteByEntryId(@Param("entryId") UUID entryId);

}
