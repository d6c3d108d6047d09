package uk.gov.cheltenham.psr.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON fixture of each event type. Producers' tests check that what they publish has
 * the fixture's shape; consumers' tests feed the fixture to their handlers. One fixture,
 * both sides: a drift breaks a test.
 */
public final class EventFixtures {

	private EventFixtures() {
	}

	public static String json(Class<? extends PsrEvent> type) {
		String path = "/psr/contracts/fixtures/" + type.getSimpleName() + ".json";
		try (InputStream in = EventFixtures.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture for " + type.getSimpleName() + " at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
