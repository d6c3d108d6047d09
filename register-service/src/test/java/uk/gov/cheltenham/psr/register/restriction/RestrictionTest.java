package uk.gov.cheltenham.psr.register.restriction;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestrictionTest {

	private static final List<String> HOUSING = List.of("housing");

	@ParameterizedTest(name = "R4: {0} is complete with its conditions, scoped to a service area")
	@EnumSource(RestrictionKind.class)
	void everyKindIsAcceptedWhenComplete(RestrictionKind kind) {
		assertThat(complete(kind).validated().kind()).isEqualTo(kind);
	}

	@ParameterizedTest(name = "R4: {0} without its conditions is refused")
	@EnumSource(value = RestrictionKind.class,
			names = { "CONTACT_DAYS_AND_TIMES", "NAMED_CONTACT_ONLY", "AGREED_BEHAVIOUR_ON_PREMISES", "OTHER" })
	void conditionsRequired(RestrictionKind kind) {
		Restriction bare = new Restriction(kind, HOUSING, false, null, " ", null, null);
		assertRefused(bare, "R4");
	}

	@Test
	@DisplayName("R4: a restriction applies to named service areas or council-wide, never neither nor both")
	void scope() {
		assertRefused(new Restriction(RestrictionKind.BANNED_FROM_OFFICES, List.of(), false, null, null, null, null),
				"R4");
		assertRefused(
				new Restriction(RestrictionKind.BANNED_FROM_OFFICES, HOUSING, true, "all offices", null, null, null),
				"R4");
		assertThat(
				new Restriction(RestrictionKind.BANNED_FROM_OFFICES, HOUSING, false, null, null, null, null).validated()
					.appliesTo("revenues"))
			.isFalse();
	}

	@Test
	@DisplayName("R4: a council-wide restriction needs its justification recorded")
	void councilWideNeedsJustification() {
		assertRefused(new Restriction(RestrictionKind.BANNED_FROM_OFFICES, null, true, " ", null, null, null), "R4");
		Restriction councilWide = new Restriction(RestrictionKind.BANNED_FROM_OFFICES, null, true,
				"assaulted staff at two offices", null, null, null)
			.validated();
		assertThat(councilWide.appliesTo("revenues")).isTrue();
	}

	@Test
	@DisplayName("R4: only SINGLE_CHANNEL names the channel left open, which must be an essential one; only OTHER declares closed channels")
	void channelsOnlyWhereTheyMeanSomething() {
		assertRefused(new Restriction(RestrictionKind.SINGLE_CHANNEL, HOUSING, false, null, null, null, null), "R4");
		assertRefused(new Restriction(RestrictionKind.SINGLE_CHANNEL, HOUSING, false, null, null,
				ContactChannel.SOCIAL_MEDIA, null), "R4");
		assertRefused(new Restriction(RestrictionKind.BANNED_FROM_OFFICES, HOUSING, false, null, null,
				ContactChannel.PHONE, null), "R4");
		assertRefused(new Restriction(RestrictionKind.NO_TELEPHONE_CONTACT, HOUSING, false, null, null, null,
				Set.of(ContactChannel.WRITTEN)), "R4");
	}

	@Test
	@DisplayName("R5: what each kind closes: a ban closes in person, single channel all but its own, other what it declares")
	void closedChannels() {
		assertThat(complete(RestrictionKind.BANNED_FROM_OFFICES).closedChannels())
			.containsExactly(ContactChannel.IN_PERSON);
		assertThat(complete(RestrictionKind.NAMED_CONTACT_ONLY).closedChannels()).isEmpty();
		assertThat(new Restriction(RestrictionKind.SINGLE_CHANNEL, HOUSING, false, null, null, ContactChannel.WRITTEN,
				null)
			.closedChannels()).doesNotContain(ContactChannel.WRITTEN)
			.contains(ContactChannel.PHONE, ContactChannel.IN_PERSON);
		assertThat(new Restriction(RestrictionKind.OTHER, HOUSING, false, null, "no email", null,
				Set.of(ContactChannel.WRITTEN))
			.closedChannels()).containsExactly(ContactChannel.WRITTEN);
	}

	@Test
	@DisplayName("R6: the complaint check needs its answer, and with a current complaint how it was considered")
	void complaintCheck() {
		assertThatThrownBy(() -> ComplaintCheck.record(null, null, "cro-1", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R6"));
		assertThatThrownBy(() -> ComplaintCheck.record(ComplaintStatus.CURRENT_COMPLAINT, " ", "cro-1", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R6"));
		ComplaintCheck check = ComplaintCheck.record(ComplaintStatus.CURRENT_COMPLAINT,
				"complaint is about repairs, restrictions leave the repairs route open", "cro-1", Instant.EPOCH);
		assertThat(check.checkedBy()).isEqualTo("cro-1");
		assertThat(ComplaintCheck.record(ComplaintStatus.NO_COMPLAINT, null, "cro-1", Instant.EPOCH).status())
			.isEqualTo(ComplaintStatus.NO_COMPLAINT);
	}

	@Test
	@DisplayName("R5: needs identified in the reasonable-adjustments answer require the adjustments made")
	void reasonableAdjustments() {
		assertThatThrownBy(() -> ReasonableAdjustments.record(true, null, "cro-1", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R5"));
		assertThat(ReasonableAdjustments.record(true, "large print letters", "cro-1", Instant.EPOCH).adjustments())
			.isEqualTo("large print letters");
		assertThat(ReasonableAdjustments.record(false, null, "cro-1", Instant.EPOCH).needsIdentified()).isFalse();
	}

	static Restriction complete(RestrictionKind kind) {
		return new Restriction(kind, HOUSING, false, null, kind.conditionsRequired() ? "as agreed" : null,
				(kind == RestrictionKind.SINGLE_CHANNEL) ? ContactChannel.WRITTEN : null, null);
	}

	private static void assertRefused(Restriction restriction, String rule) {
		assertThatThrownBy(restriction::validated).isInstanceOfSatisfying(RuleViolation.class,
				(ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

}
