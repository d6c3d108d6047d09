package uk.gov.cheltenham.psr.platform.security;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import uk.gov.cheltenham.psr.access.AuthorizationMatrix;

/**
 * Enforces a service's {@link AuthorizationMatrix} in the filter chain, before the
 * request body is even read: a caller without the role gets 403 whatever they send, and
 * an endpoint missing from the matrix is denied to everyone. The controllers'
 * {@code @PreAuthorize} stay as a second line.
 */
final class MatrixAuthorization {

	private MatrixAuthorization() {
	}

	static void apply(AuthorizationMatrix matrix,
			AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		// most specific first, so /api/incidents/overdue is not taken for
		// /api/incidents/{id}
		List<AuthorizationMatrix.Rule> rules = matrix.rules()
			.stream()
			.sorted(Comparator.comparing((AuthorizationMatrix.Rule rule) -> parser.parse(rule.path()),
					PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
		for (AuthorizationMatrix.Rule rule : rules) {
			requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults()
					.matcher(HttpMethod.valueOf(rule.method()), rule.path()))
				.access(allowedBy(rule));
		}
	}

	static AuthorizationManager<RequestAuthorizationContext> allowedBy(AuthorizationMatrix.Rule rule) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				return new AuthorizationDecision(allows(rule, authentication.get()));
			}
		};
	}

	static boolean allows(AuthorizationMatrix.Rule rule, Authentication caller) {
		if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
			return false;
		}
		boolean hasRole = caller.getAuthorities()
			.stream()
			.map((authority) -> Roles.roleOf(authority.getAuthority()))
			.anyMatch((role) -> role != null && rule.roles().contains(role));
		if (!hasRole) {
			return false;
		}
		if (rule.clients().isEmpty()) {
			return true;
		}
		return caller instanceof JwtAuthenticationToken jwt
				&& rule.clients().contains(CallingService.of(jwt.getToken()));
	}

}
