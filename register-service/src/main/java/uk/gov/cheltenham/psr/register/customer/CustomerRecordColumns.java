package uk.gov.cheltenham.psr.register.customer;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedText;

/**
 * The customer record's personal-data columns, each encrypted with its own column name as
 * associated data, so a value copied into another column does not decrypt (D2).
 */
public final class CustomerRecordColumns {

	static final String NAME = "customer_record.customer_name";

	static final String ADDRESS = "customer_record.address_lines";

	static final String EMAIL = "customer_record.email";

	static final String PHONE = "customer_record.phone";

	/** For the V34 migration and the key-rotation job. */
	public static final EncryptedColumns CUSTOMER_RECORDS = EncryptedColumns.of("customer_record", "entry_id",
			"customer_name", "address_lines", "email", "phone");

	private CustomerRecordColumns() {
	}

	public static class Name extends EncryptedText {

		public Name() {
			super(NAME);
		}

	}

	public static class Address extends EncryptedText {

		public Address() {
			super(ADDRESS);
		}

	}

	public static class Email extends EncryptedText {

		public Email() {
			super(EMAIL);
		}

	}

	public static class Phone extends EncryptedText {

		public Phone() {
			super(PHONE);
		}

	}

}
