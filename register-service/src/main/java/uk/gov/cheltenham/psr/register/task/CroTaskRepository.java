package uk.gov.cheltenham.psr.register.task;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

import uk.gov.cheltenham.psr.register.task.CroTask.TaskStatus;

interface CroTaskRepository extends CrudRepository<CroTask, UUID> {

	boolean existsBySourceKey(String sourceKey);

	List<CroTask> findByStatusOrderByCreatedAtAsc(TaskStatus status);

}
