package uk.gov.cheltenham.psr.register.sar;

import java.util.List;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;

/**
 * The subject access parts' gathered content, encrypted with its column name as
 * associated data (D2, D4).
 */
public final class SubjectAccessColumns {

	static final String CONTENT = "subject_access_part.content";

	/** For the key-rotation job. */
	public static final EncryptedColumns PARTS = EncryptedColumns.of("subject_access_part",
			List.of("request_id", "source"), "content");

	private SubjectAccessColumns() {
	}

}
