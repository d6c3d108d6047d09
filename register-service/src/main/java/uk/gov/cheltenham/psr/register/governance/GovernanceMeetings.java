package uk.gov.cheltenham.psr.register.governance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface GovernanceMeetings extends CrudRepository<GovernanceMeeting, UUID> {

	boolean existsByQuarter(String quarter);

	List<GovernanceMeeting> findAllByOrderByMeetingOnAsc();

}
