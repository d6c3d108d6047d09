package uk.gov.cheltenham.psr.partnersync.agreement;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a register entry (R2) by the names a data-sharing agreement uses. Only
 * names travel through this service; values are fetched from the register at the time of
 * sending, for the allowed fields only.
 */
public enum RegisterField {

	ENTRY_ID("entryId"), CUSTOMER_NAME("customerName"), ADDRESS("address"), CONTACT_DETAILS("contactDetails"),
	DATE_OF_BIRTH("dateOfBirth"), CUSTOMER_REFERENCES("customerReferences"), INCIDENTS("incidents"), REASONS("reasons"),
	CAUTIONS("cautions"), RESTRICTIONS("restrictions"), RESTRICTION_PERIOD("restrictionPeriod"),
	EXPIRES_ON("expiresOn"), REVIEW_DUE("reviewDue"), STATUS("status"), NOTES("notes"), PURGE_DUE("purgeDue");

	private final String fieldName;

	RegisterField(String fieldName) {
		this.fieldName = fieldName;
	}

	/** The name as the agreement and the partner see it, e.g. {@code reviewDue}. */
	public String fieldName() {
		return this.fieldName;
	}

	public static Optional<RegisterField> byName(String fieldName) {
		return Arrays.stream(values()).filter((field) -> field.fieldName.equals(fieldName)).findFirst();
	}

}
