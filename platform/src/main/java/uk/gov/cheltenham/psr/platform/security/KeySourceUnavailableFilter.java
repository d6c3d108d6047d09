package uk.gov.cheltenham.psr.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem details with {@code Retry-After} when the token could not be
 * checked because the signing keys could not be fetched. Spring Security rethrows an
 * {@code AuthenticationServiceException} from the bearer-token filter, which would
 * otherwise reach the container as a 500.
 */
class KeySourceUnavailableFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (KeySourceUnavailable ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			ProblemAuthenticationEntryPoint.write(response, 503, "Service Unavailable",
					"The token could not be checked just now; try again after " + RETRY_AFTER_SECONDS + " s", request);
		}
	}

}
