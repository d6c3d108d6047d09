package uk.gov.cheltenham.psr.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

import uk.gov.cheltenham.psr.access.AuthorizationMatrix;

/**
 * Every service is an OAuth2 resource server: JWTs signed by the council's identity
 * provider, issuer and audience checked, roles taken from the {@code roles} claim, and
 * everything denied unless a rule allows it. Internal APIs ({@code /internal/**}) take
 * only service (client-credentials) tokens. A service's authorization matrix
 * ({@code psr/authorization.tsv}) is enforced here, before any request body is read.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(RateLimits.class)
public class ResourceServerSecurityConfiguration {

	static final String ROLES_CLAIM = "roles";

	private static final ProblemAuthenticationEntryPoint PROBLEMS = new ProblemAuthenticationEntryPoint();

	/**
	 * No Micrometer observation of each filter, authentication and authorization: 13 % of
	 * incident-service's CPU at 100 reports/s was Micrometer's own, most of it here
	 * (session 7). Every request is still timed as {@code http.server.requests}.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain psrSecurityFilterChain(HttpSecurity http, RateLimits rateLimits) throws Exception {
		Optional<AuthorizationMatrix> matrix = AuthorizationMatrix.fromClasspath(getClass().getClassLoader());
		http.authorizeHttpRequests((requests) -> {
			requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/error")
				.permitAll();
			matrix.ifPresent((rules) -> MatrixAuthorization.apply(rules, requests));
			requests.requestMatchers("/internal/**").hasRole(Roles.SERVICE);
			if (matrix.isPresent()) {
				// not in the matrix: nobody may call it
				requests.anyRequest().denyAll();
			}
			else {
				requests.anyRequest().authenticated();
			}
		})
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesConverter()))
				.authenticationEntryPoint(PROBLEMS)
				.accessDeniedHandler(PROBLEMS))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// bearer tokens only, no cookies: nothing for CSRF to ride on
			.csrf((csrf) -> csrf.disable())
			// after authentication, so a caller is counted by who they are, not where
			// from
			.addFilterAfter(new RateLimitFilter(rateLimits, System::nanoTime), BearerTokenAuthenticationFilter.class)
			// a JWKS outage is "retry later", not a server error
			.addFilterBefore(new KeySourceUnavailableFilter(), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
			@Value("${psr.security.issuer}") String issuer,
			@Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
			@Value("${psr.security.jwks-timeout}") Duration jwksTimeout,
			@Value("${psr.security.verified-token-cache-size}") int verifiedTokenCacheSize) {
		return verifyingDecoder(jwkSetUri, issuer, audiences, jwksTimeout, verifiedTokenCacheSize);
	}

	/**
	 * Verifies signature, issuer, audience and expiry, fetching the signing keys with a
	 * timeout (Spring's default client has none, so a hung identity provider held request
	 * threads), and reuses the verdict for a token already verified.
	 */
	static JwtDecoder verifyingDecoder(String jwkSetUri, String issuer, List<String> audiences, Duration jwksTimeout,
			int verifiedTokenCacheSize) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(jwksTimeout);
		requests.setReadTimeout(jwksTimeout);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
			.restOperations(new RestTemplate(requests))
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.stream().anyMatch(audiences::contains))));
		return new CachingJwtDecoder(decoder, Clock.systemUTC(), verifiedTokenCacheSize);
	}

	static JwtAuthenticationConverter rolesConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> {
			List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
			return (roles != null) ? roles.stream()
				.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(role)))
				.toList() : List.of();
		});
		return converter;
	}

}
