package uk.gov.cheltenham.psr.platform.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The identity provider's signing keys (JWKS) could not be fetched in time, so a token
 * could be neither accepted nor refused: the caller is told to retry (503), not that the
 * token is bad (401) nor that this service failed (500).
 */
public class KeySourceUnavailable extends AuthenticationServiceException {

	KeySourceUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
