package uk.gov.cheltenham.psr.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Put {@code @Convert(converter = EncryptedText.class)} on a personal-data string
 * attribute: it is stored encrypted and read back in clear. The associated data is the
 * converter's fixed label, since JPA does not tell a converter which column it serves;
 * use a subclass per column to bind values to their column.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

	private final String column;

	public EncryptedText() {
		this("personal-data");
	}

	protected EncryptedText(String column) {
		this.column = column;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return FieldCiphers.current().encrypt(attribute, this.column);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return FieldCiphers.current().decrypt(stored, this.column);
	}

}
