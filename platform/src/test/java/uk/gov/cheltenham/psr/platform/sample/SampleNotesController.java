package uk.gov.cheltenham.psr.platform.sample;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint of the sample service that reads a JSON body, to exercise input handling.
 */
@RestController
class SampleNotesController {

	@PostMapping("/api/sample/notes")
	Note note(@RequestBody Note note) {
		return note;
	}

	record Note(String text) {
	}

}
