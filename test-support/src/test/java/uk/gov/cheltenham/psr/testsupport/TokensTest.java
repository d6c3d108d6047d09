package uk.gov.cheltenham.psr.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokensTest {

	@TempDir
	Path dir;

	private final AuthServer server = AuthServer.shared();

	private final Tokens tokens = Tokens.shared();

	@Test
	void sharedTokensCarryTheIssuerOfTheSharedServer() {
		assertThat(this.tokens).isSameAs(this.server.tokens());
		assertThat(this.tokens.issuer()).isEqualTo(this.server.issuer())
			.isEqualTo("http://127.0.0.1:" + this.server.port());
	}

	@Test
	void userTokenValidatesAgainstTheServedKeySet() {
		Jwt jwt = decoder().decode(this.tokens.forUser("rep", "REPRESENTATIVE", "MANAGER"));
		assertThat(jwt.getSubject()).isEqualTo("rep");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("REPRESENTATIVE", "MANAGER");
		assertThat(jwt.getAudience()).containsExactly("psr");
		assertThat(jwt.getIssuer()).hasToString(this.server.issuer());
		assertThat(jwt.getId()).isNotBlank();
		assertThat(jwt.getHeaders()).containsEntry("kid", this.tokens.keyId());
		assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(3599));
	}

	@Test
	void serviceTokenCarriesTheServiceRoleAndClientId() {
		Jwt jwt = decoder().decode(this.tokens.forService("incident-service"));
		assertThat(jwt.getSubject()).isEqualTo("incident-service");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("incident-service");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
	}

	@Test
	void oddTokensAreRejected() {
		NimbusJwtDecoder decoder = decoder();
		List<String> odd = List.of(this.tokens.token().roles("MANAGER").expired().build(),
				this.tokens.token().issuer("https://elsewhere.example").build(),
				this.tokens.token().audience("someone-else").build(), this.tokens.token().audience().build(),
				this.tokens.token().signedByUnknownKey().build(), this.tokens.token().signedBy(Tokens.newKey()).build(),
				this.tokens.token().unsigned().build());
		for (String token : odd) {
			assertThatExceptionOfType(JwtException.class).as(token).isThrownBy(() -> decoder.decode(token));
		}
	}

	@Test
	void unsignedTokenDeclaresAlgNone() {
		String token = this.tokens.token().unsigned().build();
		String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
		assertThat(header).contains("\"alg\":\"none\"");
		assertThat(token).endsWith(".");
	}

	@Test
	void keyFileKeepsTheKeyStable() {
		Path keyFile = this.dir.resolve("keys/psr-local.jwk.json");
		Tokens created = Tokens.loadOrCreate(keyFile);
		Tokens loaded = Tokens.loadOrCreate(keyFile);
		assertThat(Files.exists(keyFile)).isTrue();
		assertThat(loaded.keyId()).isEqualTo(created.keyId());
		assertThat(loaded.jwkSetJson()).isEqualTo(created.jwkSetJson());
		assertThat(loaded.issuer()).isEqualTo(Tokens.ISSUER_DEFAULT);
	}

	@Test
	void pkcs8PemKeyFileIsAccepted() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Path keyFile = this.dir.resolve("key.pem");
		Files.writeString(keyFile, pem);
		Tokens fromPem = Tokens.loadOrCreate(keyFile);
		assertThat(fromPem.key().toRSAPublicKey()).isEqualTo(pair.getPublic());
		assertThat(Tokens.loadOrCreate(keyFile).keyId()).isEqualTo(fromPem.keyId());
		RSAKey publicKey = fromPem.key().toPublicJWK();
		assertThat(publicKey.isPrivate()).isFalse();
	}

	private NimbusJwtDecoder decoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.server.jwkSetUri()).build();
		JwtClaimValidator<List<String>> audience = new JwtClaimValidator<>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(Tokens.AUDIENCE));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(this.server.issuer()), audience));
		return decoder;
	}

}
