package uk.gov.cheltenham.psr.incident.disclosure;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface DisclosureLog extends CrudRepository<Disclosure, UUID> {

}
