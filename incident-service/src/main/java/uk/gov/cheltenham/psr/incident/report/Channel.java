package uk.gov.cheltenham.psr.incident.report;

/** How the customer was in contact (I1). */
public enum Channel {

	IN_PERSON, PHONE, LETTER_OR_EMAIL, SOCIAL_MEDIA, HOME_VISIT_OR_OFF_SITE

}
