package uk.gov.cheltenham.psr.partnersync.outbound;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface OutboundUpdates extends CrudRepository<OutboundUpdate, UUID> {

	List<OutboundUpdate> findByEntryId(UUID entryId);

	boolean existsBySourceEventIdAndKind(UUID sourceEventId, UpdateKind kind);

	boolean existsByEntryIdAndKind(UUID entryId, UpdateKind kind);

}
