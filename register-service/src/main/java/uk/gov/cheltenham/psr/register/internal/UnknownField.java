package uk.gov.cheltenham.psr.register.internal;

/** A field name the data-sharing agreement's vocabulary does not have (P1). */
public class UnknownField extends RuntimeException {

	private final String fieldName;

	public UnknownField(String fieldName) {
		super("Unknown field '" + fieldName + "'; known: " + SharedField.names());
		this.fieldName = fieldName;
	}

	public String fieldName() {
		return this.fieldName;
	}

}
