package uk.gov.cheltenham.psr.platform.sample;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of the sample service, to exercise the platform's security. */
@RestController
class SampleController {

	@GetMapping("/api/sample")
	Map<String, Object> sample(@AuthenticationPrincipal Jwt caller) {
		return Map.of("subject", caller.getSubject());
	}

	@GetMapping("/api/sample/limited/{what}")
	Map<String, Object> limited(@PathVariable String what) {
		return Map.of("what", what);
	}

	@GetMapping("/internal/sample")
	Map<String, Object> internal(@AuthenticationPrincipal Jwt caller) {
		return Map.of("service", caller.getSubject());
	}

	@GetMapping("/internal/sample/records/{state}")
	Map<String, Object> record(@PathVariable String state) {
		return switch (state) {
			case "gone" -> throw new ResponseStatusException(HttpStatus.GONE);
			case "missing" -> throw new NotFound("record");
			case "broken" -> throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
			default -> Map.of("state", state);
		};
	}

}
