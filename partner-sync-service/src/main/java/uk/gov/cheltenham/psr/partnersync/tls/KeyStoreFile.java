package uk.gov.cheltenham.psr.partnersync.tls;

/**
 * A key or trust store on disk, as configured.
 *
 * @param path where it is; empty when none is configured
 * @param password its password
 * @param type e.g. {@code PKCS12}
 */
public record KeyStoreFile(String path, String password, String type) {

	public boolean isConfigured() {
		return this.path != null && !this.path.isBlank();
	}

}
