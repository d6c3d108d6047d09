package uk.gov.cheltenham.psr.register.restriction;

import java.util.EnumSet;
import java.util.Set;

/**
 * The restrictions a council may impose: the policy's list (§4.5.2) and, where the policy
 * is silent, the LGSCO guidance's limits on the medium of contact.
 */
public enum RestrictionKind {

	/** §4.5.2 "limiting access to days and times"; the conditions say when. */
	CONTACT_DAYS_AND_TIMES(true),
	/** §4.5.2 "one named member of staff or email address"; the conditions name it. */
	NAMED_CONTACT_ONLY(true),
	/** §4.5.2 "officers only visit the customer's home in pairs". */
	HOME_VISITS_IN_PAIRS(false),
	/**
	 * §4.5.2 "agreeing ... future behaviour on Council premises"; the conditions say
	 * what.
	 */
	AGREED_BEHAVIOUR_ON_PREMISES(true),
	/** §4.5.2 "banning ... from any Council offices and Customer Service points". */
	BANNED_FROM_OFFICES(false, ContactChannel.IN_PERSON),
	/** §4.5.2 "blocking a customer's social media account". */
	SOCIAL_MEDIA_BLOCK(false, ContactChannel.SOCIAL_MEDIA),
	/** LGSCO: contact limited to one medium; the channel says which stays open. */
	SINGLE_CHANNEL(false),
	/** LGSCO: restricting telephone contact. */
	NO_TELEPHONE_CONTACT(false, ContactChannel.PHONE),
	/** No home visits at all (officers meet the customer elsewhere). */
	NO_HOME_VISITS(false, ContactChannel.HOME_VISIT),
	/**
	 * R4 "other": described in the conditions, with the routes it closes declared so that
	 * R5 can be checked.
	 */
	OTHER(true);

	private final boolean conditionsRequired;

	private final EnumSet<ContactChannel> closes;

	RestrictionKind(boolean conditionsRequired, ContactChannel... closes) {
		this.conditionsRequired = conditionsRequired;
		this.closes = (closes.length == 0) ? EnumSet.noneOf(ContactChannel.class) : EnumSet.of(closes[0], closes);
	}

	/** Whether the restriction means nothing without its conditions. */
	public boolean conditionsRequired() {
		return this.conditionsRequired;
	}

	/** The routes this kind closes by itself. */
	Set<ContactChannel> closes() {
		return EnumSet.copyOf(this.closes);
	}

}
