package uk.gov.cheltenham.psr.notification.subscription;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which webhook addresses a team may register. A customer reference must not cross the
 * network in plain text (D1), so only HTTPS; plain HTTP to this machine's loopback
 * interface is allowed only where switched on
 * ({@code psr.notification.allow-insecure-loopback-webhooks}, for tests and local runs).
 */
public record WebhookUrlPolicy(boolean allowInsecureLoopback) {

	/** The production policy: HTTPS only. */
	public static final WebhookUrlPolicy HTTPS_ONLY = new WebhookUrlPolicy(false);

	private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

	/** Whether {@code url} is an absolute HTTPS (or permitted loopback HTTP) address. */
	public boolean permits(URI url) {
		if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null) {
			return false;
		}
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		if ("https".equals(scheme)) {
			return true;
		}
		return this.allowInsecureLoopback && "http".equals(scheme)
				&& LOOPBACK_HOSTS.contains(url.getHost().toLowerCase(Locale.ROOT));
	}

	/** Like {@link #permits(URI)}, for text that may not even be a URI. */
	public boolean permits(String url) {
		try {
			return url != null && permits(new URI(url.strip()));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
