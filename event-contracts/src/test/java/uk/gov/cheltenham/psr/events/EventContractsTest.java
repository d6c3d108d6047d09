package uk.gov.cheltenham.psr.events;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractsTest {

	/** Field names that would mean personal data travels on Kafka (D1). */
	private static final Set<String> PERSONAL_FIELD_WORDS = Set.of("name", "address", "phone", "email", "birth", "dob",
			"postcode", "narrative", "description", "words", "details");

	private final JsonMapper strict = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	static Stream<Class<? extends PsrEvent>> eventTypes() {
		return EventTypes.ALL.stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	@DisplayName("every event type has a fixture that maps onto its record exactly, both ways")
	void fixtureMatchesRecord(Class<? extends PsrEvent> type) {
		String fixture = EventFixtures.json(type);
		PsrEvent event = this.strict.readValue(fixture, type);
		assertThat(event.eventId()).isNotNull();
		assertThat(event.occurredAt()).isNotNull();
		assertThat(event.aggregateId()).isNotBlank();
		assertThat(event.topic()).startsWith("psr.");
		JsonNode written = this.strict.readTree(this.strict.writeValueAsString(event));
		assertThat(written).isEqualTo(this.strict.readTree(fixture));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	@DisplayName("D1: no event carries a field that names personal data")
	void noPersonalDataFields(Class<? extends PsrEvent> type) {
		assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
			.allSatisfy((field) -> assertThat(PERSONAL_FIELD_WORDS)
				.noneMatch((word) -> field.toLowerCase(Locale.ROOT).contains(word)));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	@DisplayName("the type header maps back to the record")
	void typeHeaderRoundTrips(Class<? extends PsrEvent> type) {
		assertThat(EventTypes.byName(type.getSimpleName())).contains(type);
	}

	@org.junit.jupiter.api.Test
	@DisplayName("M1: a marker carries the team and its reference only")
	void markerHasNoPersonalData() {
		assertThat(Arrays.stream(Marker.class.getRecordComponents()).map(RecordComponent::getName))
			.containsExactly("team", "reference");
		assertThat(new Marker("housing", "HSG-1").key()).isEqualTo("housing:HSG-1");
	}

}
