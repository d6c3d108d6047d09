package uk.gov.cheltenham.psr.platform.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.events.PsrEvent;

/**
 * JSON for events and markers. Its own mapper, so an application's Jackson customisations
 * cannot change the wire format. Unknown fields are ignored (additive evolution).
 */
public class EventCodec {

	private final JsonMapper mapper = JsonMapper.builder().build();

	public byte[] encode(Object value) {
		return this.mapper.writeValueAsBytes(value);
	}

	public <T extends PsrEvent> T decode(byte[] payload, Class<T> type) {
		try {
			return this.mapper.readValue(payload, type);
		}
		catch (JacksonException ex) {
			// the message cannot become a valid event: retrying will not help
			throw new PoisonMessageException("Unreadable " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	public <T> T decodeValue(byte[] payload, Class<T> type) {
		return this.mapper.readValue(payload, type);
	}

}
