package uk.gov.cheltenham.psr.platform.inbox;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.events.EntryPurged;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EventHandlersTest {

	@Test
	@DisplayName("a consumer that names one event type twice is refused as it is built, not when the event comes")
	void typeNamedTwiceRefused() {
		EventHandlers handlers = new IncomingEvents(null, null, null).handlers("sample")
			.on(EntryPurged.class, (purged) -> {
			});
		assertThatIllegalStateException().isThrownBy(() -> handlers.on(EntryPurged.class, (purged) -> {
		})).withMessageContaining("EntryPurged");
	}

}
