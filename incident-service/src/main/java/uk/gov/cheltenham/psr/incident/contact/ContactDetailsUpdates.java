package uk.gov.cheltenham.psr.incident.contact;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ContactDetailsUpdates extends CrudRepository<ContactDetailsUpdate, UUID> {

}
