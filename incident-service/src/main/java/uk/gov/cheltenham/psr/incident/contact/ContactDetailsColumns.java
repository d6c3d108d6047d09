package uk.gov.cheltenham.psr.incident.contact;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedText;

/**
 * The reported contact details (I8), each encrypted with its own column name as
 * associated data (D2).
 */
public final class ContactDetailsColumns {

	static final String ADDRESS = "contact_details_update.address";

	static final String POSTCODE = "contact_details_update.postcode";

	static final String PHONE = "contact_details_update.phone";

	static final String EMAIL = "contact_details_update.email";

	public static final EncryptedColumns CONTACT_DETAILS_UPDATES = EncryptedColumns.of("contact_details_update", "id",
			"address", "postcode", "phone", "email");

	private ContactDetailsColumns() {
	}

	public static class Address extends EncryptedText {

		public Address() {
			super(ADDRESS);
		}

	}

	public static class Postcode extends EncryptedText {

		public Postcode() {
			super(POSTCODE);
		}

	}

	public static class Phone extends EncryptedText {

		public Phone() {
			super(PHONE);
		}

	}

	public static class Email extends EncryptedText {

		public Email() {
			super(EMAIL);
		}

	}

}
