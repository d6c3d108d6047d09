package uk.gov.cheltenham.psr.register.internal;

/** The calling service has no purpose that allows this disclosure (D2). */
public class NotAllowedRecipient extends RuntimeException {

	public NotAllowedRecipient() {
		super("This service may not receive these details");
	}

}
