package uk.gov.cheltenham.psr.register.customer;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CustomerRecordRepository extends CrudRepository<CustomerRecord, UUID> {

}
