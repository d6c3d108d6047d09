package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.review.RetentionJustification;

record JustificationView(UUID id, UUID entryId, String team, String justification, boolean restrictionsStillAppropriate,
		String givenBy, LocalDate givenOn) {

	static JustificationView of(RetentionJustification given) {
		return new JustificationView(given.id(), given.entryId(), given.team(), given.justification(),
				given.restrictionsStillAppropriate(), given.givenBy(), given.givenOn());
	}

}
