package uk.gov.cheltenham.psr.platform.crypto;

/**
 * Where JPA converters find the cipher. Hibernate instantiates converters itself in some
 * set-ups, so they cannot rely on injection; the platform sets this once at start-up.
 */
public final class FieldCiphers {

	private static volatile FieldCipher current;

	private FieldCiphers() {
	}

	public static void use(FieldCipher cipher) {
		current = cipher;
	}

	public static FieldCipher current() {
		FieldCipher cipher = current;
		if (cipher == null) {
			throw new IllegalStateException("no data keys configured (psr.crypto.*)");
		}
		return cipher;
	}

}
