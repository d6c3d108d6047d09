package uk.gov.cheltenham.psr.register.sar;

/** Where one part of a subject access bundle comes from. */
public enum PartSource {

	REGISTER("register-service"),

	INCIDENTS("incident-service"),

	LETTERS("letters-service"),

	DELIVERIES("notification-service"),

	PARTNER_SYNC("partner-sync-service");

	private final String service;

	PartSource(String service) {
		this.service = service;
	}

	/** The service that holds this part. */
	public String service() {
		return this.service;
	}

}
