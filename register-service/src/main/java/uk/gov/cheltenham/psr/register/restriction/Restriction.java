package uk.gov.cheltenham.psr.register.restriction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * One restriction (R4): its kind, where it applies — named service areas, or the whole
 * council with a recorded justification (§4.5) — and its conditions.
 *
 * @param kind what is restricted
 * @param serviceAreas the service areas it applies to; empty when council-wide
 * @param councilWide whether it applies to every service area
 * @param councilWideJustification why a council-wide restriction is needed
 * @param conditions the days and times, the named officer or mailbox, the agreed
 * behaviour, or the description of an "other" restriction
 * @param channel for {@link RestrictionKind#SINGLE_CHANNEL}: the one route left open
 * @param closesChannels for {@link RestrictionKind#OTHER}: the routes it closes
 */
@Embeddable
public record Restriction(@Enumerated(EnumType.STRING) @Column(name = "kind") RestrictionKind kind,
		@Convert(converter = ServiceAreasConverter.class) @Column(name = "service_areas") List<String> serviceAreas,
		@Column(name = "council_wide") boolean councilWide,
		@Column(name = "council_wide_justification") String councilWideJustification,
		@Column(name = "conditions") String conditions,
		@Enumerated(EnumType.STRING) @Column(name = "channel") ContactChannel channel,
		@Convert(converter = ContactChannelsConverter.class) @Column(
				name = "closes_channels") Set<ContactChannel> closesChannels) {

	private static final String RULE = "R4";

	public Restriction {
		serviceAreas = (serviceAreas != null) ? List.copyOf(serviceAreas) : List.of();
		closesChannels = (closesChannels != null && !closesChannels.isEmpty()) ? EnumSet.copyOf(closesChannels)
				: EnumSet.noneOf(ContactChannel.class);
	}

	/**
	 * Refuses a restriction that is incomplete or contradicts itself (R4).
	 * @throws RuleViolation naming R4
	 */
	public Restriction validated() {
		if (this.kind == null) {
			throw new RuleViolation(RULE, "A restriction needs its kind");
		}
		if (this.councilWide == !this.serviceAreas.isEmpty()) {
			throw new RuleViolation(RULE, this.kind
					+ " must apply either to the service areas concerned or, with a justification, council-wide");
		}
		if (this.councilWide && isBlank(this.councilWideJustification)) {
			throw new RuleViolation(RULE, "A council-wide " + this.kind + " needs a recorded justification");
		}
		if (this.kind.conditionsRequired() && isBlank(this.conditions)) {
			throw new RuleViolation(RULE, this.kind + " needs its conditions");
		}
		if ((this.kind == RestrictionKind.SINGLE_CHANNEL) != (this.channel != null)) {
			throw new RuleViolation(RULE, "The channel left open is given for SINGLE_CHANNEL, and only for it");
		}
		if (this.channel != null && !this.channel.essential()) {
			throw new RuleViolation(RULE, "The one channel left open must be phone, written or in person");
		}
		if (this.kind != RestrictionKind.OTHER && !this.closesChannels.isEmpty()) {
			throw new RuleViolation(RULE, "Closed channels are declared only for an OTHER restriction");
		}
		return this;
	}

	/** The routes this restriction closes, wherever it applies (R5). */
	public Set<ContactChannel> closedChannels() {
		Set<ContactChannel> closed = this.kind.closes();
		closed.addAll(this.closesChannels);
		if (this.kind == RestrictionKind.SINGLE_CHANNEL && this.channel != null) {
			closed.addAll(EnumSet.complementOf(EnumSet.of(this.channel)));
		}
		return closed;
	}

	/**
	 * The restriction as a letter states it (L2): what, where, and on what conditions.
	 */
	public String inPlainEnglish() {
		String what = switch (this.kind) {
			case CONTACT_DAYS_AND_TIMES -> "You may contact the council only on the days and at the times set out";
			case NAMED_CONTACT_ONLY -> "You may contact the council only through the named contact set out";
			case HOME_VISITS_IN_PAIRS -> "Council officers will visit your home only in pairs";
			case AGREED_BEHAVIOUR_ON_PREMISES -> "On council premises you must keep to the behaviour agreed";
			case BANNED_FROM_OFFICES -> "You may not visit council offices or Customer Service points";
			case SOCIAL_MEDIA_BLOCK -> "Your social media account is blocked from the council's accounts";
			case SINGLE_CHANNEL -> "You may contact the council only "
					+ ((this.channel != null) ? this.channel.inPlainEnglish() : "by the one means set out");
			case NO_TELEPHONE_CONTACT -> "You may not contact the council by telephone";
			case NO_HOME_VISITS -> "Council officers will not visit your home; they will meet you elsewhere";
			case OTHER -> "The following applies";
		};
		String where = this.councilWide ? "for all council services" : "for " + String.join(", ", this.serviceAreas);
		return what + " " + where + (isBlank(this.conditions) ? "." : ": " + this.conditions.strip());
	}

	/** Whether it applies to contact with {@code serviceArea}. */
	public boolean appliesTo(String serviceArea) {
		return this.councilWide || this.serviceAreas.contains(serviceArea);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
