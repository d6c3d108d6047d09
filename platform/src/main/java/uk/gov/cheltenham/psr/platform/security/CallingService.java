package uk.gov.cheltenham.psr.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** Which PSR service is calling an internal API, as its token says. */
public final class CallingService {

	private static final String CLIENT_ID = "client_id";

	private CallingService() {
	}

	/** A client-credentials token names its client in client_id, else in the subject. */
	public static String of(Jwt token) {
		String clientId = token.getClaimAsString(CLIENT_ID);
		return (clientId != null) ? clientId : token.getSubject();
	}

}
