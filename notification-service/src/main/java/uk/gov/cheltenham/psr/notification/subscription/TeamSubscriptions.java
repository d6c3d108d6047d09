package uk.gov.cheltenham.psr.notification.subscription;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface TeamSubscriptions extends CrudRepository<TeamSubscription, UUID> {

	List<TeamSubscription> findAllByOrderByTeamAscCreatedAtAsc();

	List<TeamSubscription> findByTeamAndActiveTrue(String team);

	boolean existsByTeamAndEmail(String team, String email);

}
