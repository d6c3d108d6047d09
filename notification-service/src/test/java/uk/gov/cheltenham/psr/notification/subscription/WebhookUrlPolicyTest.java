package uk.gov.cheltenham.psr.notification.subscription;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlPolicyTest {

	private final WebhookUrlPolicy production = WebhookUrlPolicy.HTTPS_ONLY;

	private final WebhookUrlPolicy loopbackAllowed = new WebhookUrlPolicy(true);

	@Test
	@DisplayName("D1: in production only HTTPS webhooks are permitted, loopback included")
	void httpsOnly() {
		assertThat(this.production.permits("https://housing.council.example/psr")).isTrue();
		assertThat(this.production.permits("HTTPS://housing.council.example:8443/psr?x=1")).isTrue();
		assertThat(this.production.permits("http://housing.council.example/psr")).isFalse();
		assertThat(this.production.permits("http://127.0.0.1:8080/psr")).isFalse();
		assertThat(this.production.permits("http://localhost/psr")).isFalse();
	}

	@Test
	@DisplayName("D1: where switched on, plain HTTP is permitted to loopback only")
	void loopbackWhenAllowed() {
		assertThat(this.loopbackAllowed.permits("http://127.0.0.1:8080/psr")).isTrue();
		assertThat(this.loopbackAllowed.permits("http://LOCALHOST/psr")).isTrue();
		assertThat(this.loopbackAllowed.permits("http://[::1]:8080/psr")).isTrue();
		assertThat(this.loopbackAllowed.permits("http://localhost.evil.example/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits("http://127.0.0.1.nip.io/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits("http://housing.council.example/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits("ftp://127.0.0.1/psr")).isFalse();
	}

	@Test
	@DisplayName("D1: relative, credential-carrying or malformed addresses are refused")
	void malformed() {
		assertThat(this.loopbackAllowed.permits("/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits("https://user:pw@housing.council.example/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits("https://housing council/psr")).isFalse();
		assertThat(this.loopbackAllowed.permits((String) null)).isFalse();
	}

}
