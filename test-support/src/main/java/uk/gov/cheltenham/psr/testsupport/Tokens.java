package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints RS256 access tokens shaped like the ones the PSR services accept: {@code iss},
 * {@code aud = ["psr"]}, {@code sub}, {@code roles}, {@code iat}, {@code exp} (one hour),
 * {@code jti} and a {@code kid} header.
 * <p>
 * The issuer defaults to {@value #ISSUER_DEFAULT}; an {@link AuthServer} serving this key
 * set replaces it with its own issuer, so tokens and server always agree.
 */
public final class Tokens {

	/** Issuer of tokens not served by an {@link AuthServer}. */
	public static final String ISSUER_DEFAULT = "psr-local";

	/** The audience every PSR service requires. */
	public static final String AUDIENCE = "psr";

	/** The role a client-credentials (service) token carries. */
	public static final String SERVICE_ROLE = "SERVICE";

	public static final Duration LIFETIME = Duration.ofHours(1);

	private final RSAKey key;

	private volatile String issuer = ISSUER_DEFAULT;

	private Tokens(RSAKey key) {
		this.key = key;
	}

	/**
	 * Tokens signed by a new RSA-2048 key.
	 * @return the tokens
	 */
	public static Tokens generate() {
		return new Tokens(newKey());
	}

	/**
	 * Tokens signed by the key in {@code keyFile}: a private JWK (JSON) or an unencrypted
	 * PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). A missing file is created holding a new key
	 * as a JWK, so a local stack keeps the same key across restarts.
	 * @param keyFile the key file
	 * @return the tokens
	 */
	public static Tokens loadOrCreate(Path keyFile) {
		try {
			if (Files.exists(keyFile)) {
				return new Tokens(readKey(Files.readString(keyFile, StandardCharsets.UTF_8)));
			}
			RSAKey key = newKey();
			Path parent = keyFile.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(keyFile, key.toJSONString(), StandardCharsets.UTF_8);
			return new Tokens(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JVM-wide tokens, whose issuer is that of {@link AuthServer#shared()} (started
	 * on first use) so services under test can fetch the matching keys.
	 * @return the shared tokens
	 */
	public static Tokens shared() {
		return AuthServer.shared().tokens();
	}

	/**
	 * A fresh RSA-2048 signing key, for example to sign a token no service trusts.
	 * @return the key, private part included
	 */
	public static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate an RSA key", ex);
		}
	}

	public String issuer() {
		return this.issuer;
	}

	/**
	 * Changes the issuer of tokens minted from now on.
	 * @param issuer the issuer
	 * @return these tokens
	 */
	public Tokens issuer(String issuer) {
		this.issuer = issuer;
		return this;
	}

	public String keyId() {
		return this.key.getKeyID();
	}

	/**
	 * The signing key, private part included.
	 * @return the key
	 */
	public RSAKey key() {
		return this.key;
	}

	/**
	 * The public key set in JWK Set JSON, as served at a {@code jwks_uri}.
	 * @return the JSON
	 */
	public String jwkSetJson() {
		return new JWKSet(this.key.toPublicJWK()).toString();
	}

	/**
	 * A token for a person.
	 * @param subject the user name
	 * @param roles role names such as {@code REPRESENTATIVE} or {@code MANAGER}
	 * @return the signed token
	 */
	public String forUser(String subject, String... roles) {
		return token().subject(subject).roles(roles).build();
	}

	/**
	 * A client-credentials style token for a service.
	 * @param clientId the service's client id, also the subject
	 * @return the signed token
	 */
	public String forService(String clientId) {
		return token().subject(clientId).roles(SERVICE_ROLE).claim("client_id", clientId).build();
	}

	/**
	 * A builder starting from a valid token, for the odd ones security tests need.
	 * @return the builder
	 */
	public TokenBuilder token() {
		return new TokenBuilder();
	}

	private static RSAKey readKey(String text) {
		String trimmed = text.strip();
		try {
			if (trimmed.startsWith("{")) {
				JWK jwk = JWK.parse(trimmed);
				if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
					throw new IllegalArgumentException("The key file must hold a private RSA JWK");
				}
				return rsa;
			}
			if (trimmed.contains("BEGIN PRIVATE KEY")) {
				return fromPkcs8(trimmed);
			}
		}
		catch (ParseException | GeneralSecurityException | JOSEException ex) {
			throw new IllegalArgumentException("Unreadable key file", ex);
		}
		throw new IllegalArgumentException(
				"The key file must hold a private RSA JWK or a PKCS#8 PEM (BEGIN PRIVATE KEY); "
						+ "convert PKCS#1 with: openssl pkcs8 -topk8 -nocrypt");
	}

	private static RSAKey fromPkcs8(String pem) throws GeneralSecurityException, JOSEException {
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		KeyFactory factory = KeyFactory.getInstance("RSA");
		RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		RSAPublicKey publicKey = (RSAPublicKey) factory
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
		// a PEM has no key id; the thumbprint keeps it stable across restarts
		return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
	}

	/**
	 * Builds one token; every setting starts at the value a valid token has.
	 */
	public final class TokenBuilder {

		private String subject = "test-user";

		private List<String> roles = new ArrayList<>();

		private String tokenIssuer = Tokens.this.issuer;

		private List<String> audience = List.of(AUDIENCE);

		private Instant issuedAt = Instant.now();

		private Instant expiresAt;

		private final Map<String, Object> claims = new LinkedHashMap<>();

		private RSAKey signingKey = Tokens.this.key;

		private String keyId = Tokens.this.key.getKeyID();

		private boolean unsigned;

		private TokenBuilder() {
		}

		public TokenBuilder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public TokenBuilder roles(String... roles) {
			this.roles = new ArrayList<>(Arrays.asList(roles));
			return this;
		}

		public TokenBuilder issuer(String issuer) {
			this.tokenIssuer = issuer;
			return this;
		}

		/**
		 * Replaces the audience.
		 * @param audience the audience values; none leaves out the {@code aud} claim
		 * @return this builder
		 */
		public TokenBuilder audience(String... audience) {
			this.audience = List.of(audience);
			return this;
		}

		public TokenBuilder issuedAt(Instant issuedAt) {
			this.issuedAt = issuedAt;
			return this;
		}

		public TokenBuilder expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Issued two hours ago, expired one hour ago: well past any clock-skew allowance.
		 * @return this builder
		 */
		public TokenBuilder expired() {
			this.issuedAt = Instant.now().minus(Duration.ofHours(2));
			this.expiresAt = Instant.now().minus(Duration.ofHours(1));
			return this;
		}

		/**
		 * Adds or replaces a claim; a {@code null} value removes it.
		 * @param name the claim name
		 * @param value the value
		 * @return this builder
		 */
		public TokenBuilder claim(String name, Object value) {
			this.claims.put(name, value);
			return this;
		}

		/**
		 * Signs with another key, keeping this key's id unless {@link #keyId} changes it,
		 * so the service finds a key but the signature does not match.
		 * @param key the private key
		 * @return this builder
		 */
		public TokenBuilder signedBy(RSAKey key) {
			this.signingKey = key;
			return this;
		}

		/**
		 * Signs with a new key whose id no key set knows.
		 * @return this builder
		 */
		public TokenBuilder signedByUnknownKey() {
			this.signingKey = newKey();
			this.keyId = this.signingKey.getKeyID();
			return this;
		}

		public TokenBuilder keyId(String keyId) {
			this.keyId = keyId;
			return this;
		}

		/**
		 * An unsecured JWT: header {@code {"alg":"none"}} and an empty signature.
		 * @return this builder
		 */
		public TokenBuilder unsigned() {
			this.unsigned = true;
			return this;
		}

		public String build() {
			Instant expiry = (this.expiresAt != null) ? this.expiresAt : this.issuedAt.plus(LIFETIME);
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(this.tokenIssuer)
				.subject(this.subject)
				.issueTime(Date.from(this.issuedAt))
				.expirationTime(Date.from(expiry))
				.jwtID(UUID.randomUUID().toString())
				.claim("roles", List.copyOf(this.roles));
			if (!this.audience.isEmpty()) {
				builder.audience(this.audience);
			}
			this.claims.forEach(builder::claim);
			JWTClaimsSet claimsSet = builder.build();
			if (this.unsigned) {
				return new PlainJWT(claimsSet).serialize();
			}
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.keyId)
				.type(JOSEObjectType.JWT)
				.build();
			SignedJWT jwt = new SignedJWT(header, claimsSet);
			try {
				jwt.sign(new RSASSASigner(this.signingKey));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not sign token", ex);
			}
			return jwt.serialize();
		}

	}

}
