package uk.gov.cheltenham.psr.partnersync.inbound;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface PartnerUpdateReceipts extends CrudRepository<PartnerUpdateReceipt, UUID> {

	Optional<PartnerUpdateReceipt> findByIdempotencyKey(String idempotencyKey);

}
