package uk.gov.cheltenham.psr.notification.delivery;

/**
 * The subject and text of an email. For a marker notification, the text a team receives
 * (M3), built from the team's own customer reference and the team name only: no name,
 * address, reason or restriction can reach it, because nothing else is passed in (M1,
 * D1).
 */
public record TeamNotice(String subject, String body) {

	public static TeamNotice of(MarkerChange change, String team, String reference) {
		String subject = "Personal Safety Register: customer " + reference + " "
				+ ((change == MarkerChange.ADDED) ? "added" : "removed");
		String body = "Customer reference " + reference + " in your " + team + " system has been "
				+ ((change == MarkerChange.ADDED) ? "added to" : "removed from")
				+ " the Personal Safety Register. Please consult the register before contact. "
				+ "Do not copy register details into your system.";
		return new TeamNotice(subject, body);
	}

}
