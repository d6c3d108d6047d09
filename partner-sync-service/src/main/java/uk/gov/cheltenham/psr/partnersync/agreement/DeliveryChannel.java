package uk.gov.cheltenham.psr.partnersync.agreement;

/** How the agreement says updates reach the partner (P1); both are encrypted only. */
public enum DeliveryChannel {

	/** Email over SMTP with STARTTLS required and the server's certificate checked. */
	EMAIL,

	/** Signed (and optionally mutual-TLS) HTTPS requests to the partner's endpoint. */
	HTTPS

}
