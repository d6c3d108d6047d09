package uk.gov.cheltenham.psr.letters.delivery;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface LetterDocuments extends CrudRepository<LetterDocument, UUID> {

}
