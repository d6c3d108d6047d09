package uk.gov.cheltenham.psr.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem details written straight to the response, for the few refusals made
 * before Spring MVC (and so its problem-details advice) is reached.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String title, String detail, String field)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json(status.value(), title, detail, field));
	}

	public static String json(int status, String title, String detail, String field) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		if (field != null) {
			problem.put("errors", List.of(Map.of("field", field, "message", detail)));
		}
		return JSON.writeValueAsString(problem);
	}

}
