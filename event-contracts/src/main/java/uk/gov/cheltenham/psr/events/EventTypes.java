package uk.gov.cheltenham.psr.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type, so a consumer can map the type header back to its record. */
public final class EventTypes {

	public static final List<Class<? extends PsrEvent>> ALL = List.of(IncidentReported.class, IncidentReviewed.class,
			ContactDetailsUpdateReported.class, EntryOpened.class, EntryApproved.class, EntryExtended.class,
			EntryReviewed.class, AppealLodged.class, AppealDecided.class, LetterRequested.class, MarkerSet.class,
			MarkerWithdrawn.class, EntryRemoved.class, EntryPurged.class, LetterSent.class, PartnerUpdateSent.class,
			PartnerUpdateReceived.class, RestrictionsSet.class, NoticeWithheld.class, EntryDeclined.class);

	private static final Map<String, Class<? extends PsrEvent>> BY_NAME = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

	private EventTypes() {
	}

	public static Optional<Class<? extends PsrEvent>> byName(String type) {
		return Optional.ofNullable(type).map(BY_NAME::get);
	}

}
