package uk.gov.cheltenham.psr.register.restriction;

import java.util.EnumSet;
import java.util.Set;

/** The routes by which a customer reaches the council (R5). */
public enum ContactChannel {

	PHONE(true), WRITTEN(true), IN_PERSON(true),
	/** Visits by officers: not a route the customer can open by themselves. */
	HOME_VISIT(false),
	/** Tagging or commenting on council posts: not a route to a service. */
	SOCIAL_MEDIA(false);

	private final boolean essential;

	ContactChannel(boolean essential) {
		this.essential = essential;
	}

	/** Whether this is a route to essential services that must never all close (R5). */
	public boolean essential() {
		return this.essential;
	}

	/** As a letter says it: "by telephone", "in writing", ... */
	public String inPlainEnglish() {
		return switch (this) {
			case PHONE -> "by telephone";
			case WRITTEN -> "in writing";
			case IN_PERSON -> "in person";
			case HOME_VISIT -> "through home visits";
			case SOCIAL_MEDIA -> "through social media";
		};
	}

	public static Set<ContactChannel> essentialRoutes() {
		Set<ContactChannel> routes = EnumSet.noneOf(ContactChannel.class);
		for (ContactChannel channel : values()) {
			if (channel.essential) {
				routes.add(channel);
			}
		}
		return routes;
	}

}
