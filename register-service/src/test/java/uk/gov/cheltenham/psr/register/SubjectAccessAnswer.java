package uk.gov.cheltenham.psr.register;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;

/**
 * What a stand-in service answers on its subject access endpoint (D4): a part, or a
 * status; it remembers the query of each call it answered.
 */
final class SubjectAccessAnswer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private volatile String body;

	private volatile int status = 404;

	private final List<String> queries = new CopyOnWriteArrayList<>();

	void answer(SubjectAccessPart part) {
		this.body = JSON.writeValueAsString(part);
		this.status = 200;
	}

	void answerStatus(int status) {
		this.body = null;
		this.status = status;
	}

	/** The query strings of the calls answered, oldest first. */
	List<String> queries() {
		return List.copyOf(this.queries);
	}

	void handle(HttpExchange exchange) throws IOException {
		this.queries.add(exchange.getRequestURI().getRawQuery());
		String answer = this.body;
		IncidentServiceStub.send(exchange, this.status, (answer != null) ? answer : "{\"title\":\"Not answering\"}");
	}

}
