package uk.gov.cheltenham.psr.register.restriction;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EqualityOfAccessTest {

	private static final Restriction NO_PHONE_HOUSING = restriction(RestrictionKind.NO_TELEPHONE_CONTACT, "housing");

	private static final Restriction OFFICE_BAN_HOUSING = restriction(RestrictionKind.BANNED_FROM_OFFICES, "housing");

	private static final Restriction NO_WRITING_HOUSING = new Restriction(RestrictionKind.OTHER, List.of("housing"),
			false, null, "letters and email returned unread", null, Set.of(ContactChannel.WRITTEN));

	@Test
	@DisplayName("R5: no phone, no writing and no visits to offices closes every route and is refused")
	void everyRouteClosed() {
		assertThatThrownBy(() -> EqualityOfAccess
			.requireRouteLeft(List.of(NO_PHONE_HOUSING, OFFICE_BAN_HOUSING, NO_WRITING_HOUSING)))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> org.assertj.core.api.Assertions.assertThat(ex.rule()).isEqualTo("R5"))
			.hasMessageContaining("housing");
	}

	@Test
	@DisplayName("R5: the same restrictions spread over different service areas leave each area a route")
	void differentAreasLeaveRoutes() {
		assertThatCode(() -> EqualityOfAccess.requireRouteLeft(List.of(NO_PHONE_HOUSING,
				restriction(RestrictionKind.BANNED_FROM_OFFICES, "revenues"), NO_WRITING_HOUSING)))
			.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("R5: council-wide restrictions count in every service area")
	void councilWideCountsEverywhere() {
		Restriction councilWideBan = new Restriction(RestrictionKind.BANNED_FROM_OFFICES, null, true,
				"threats at two offices", null, null, null);
		Restriction writtenOnlyRevenues = new Restriction(RestrictionKind.SINGLE_CHANNEL, List.of("revenues"), false,
				null, null, ContactChannel.PHONE, null);
		Restriction noPhoneRevenues = restriction(RestrictionKind.NO_TELEPHONE_CONTACT, "revenues");
		assertThatCode(() -> EqualityOfAccess.requireRouteLeft(List.of(councilWideBan, writtenOnlyRevenues)))
			.doesNotThrowAnyException();
		assertThatThrownBy(
				() -> EqualityOfAccess.requireRouteLeft(List.of(councilWideBan, writtenOnlyRevenues, noPhoneRevenues)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("revenues");
	}

	@Test
	@DisplayName("R5: limits that close no route (named officer, days and times, visits in pairs, social media) pass")
	void limitsThatCloseNothing() {
		assertThatCode(() -> EqualityOfAccess.requireRouteLeft(List.of(
				RestrictionTest.complete(RestrictionKind.NAMED_CONTACT_ONLY),
				RestrictionTest.complete(RestrictionKind.CONTACT_DAYS_AND_TIMES),
				RestrictionTest.complete(RestrictionKind.HOME_VISITS_IN_PAIRS),
				RestrictionTest.complete(RestrictionKind.SOCIAL_MEDIA_BLOCK), NO_PHONE_HOUSING, OFFICE_BAN_HOUSING)))
			.doesNotThrowAnyException();
		assertThatCode(() -> EqualityOfAccess.requireRouteLeft(List.of())).doesNotThrowAnyException();
	}

	private static Restriction restriction(RestrictionKind kind, String area) {
		return new Restriction(kind, List.of(area), false, null, null, null, null);
	}

}
