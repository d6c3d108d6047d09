package uk.gov.cheltenham.psr.incident.report;

/** Who a third-party report came from (I4). */
public enum ThirdPartyAgency {

	POLICE, PROBATION, HEALTH, SOCIAL_CARE, HOUSING_PROVIDER, OTHER;

	/** Police-sourced data is criminal-offence data (UK GDPR art. 10). */
	public boolean suppliesCriminalOffenceData() {
		return this == POLICE;
	}

}
