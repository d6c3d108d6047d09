package uk.gov.cheltenham.psr.incident.report;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedText;

/**
 * The personal-data columns of incidents, witness statements and attachments: the
 * customer as reported, what happened and where, the third party's contact, the
 * statements and file names. Each is encrypted with its own column name as associated
 * data, so a value copied into another column does not decrypt (D2). Staff identities
 * stay in clear: the independent-review check (I9) and the reporter's list match on them.
 */
public final class IncidentColumns {

	static final String LOCATION = "incident.location";

	static final String CUSTOMER_NAME = "incident.customer_name";

	static final String WHAT_HAPPENED = "incident.what_happened";

	static final String BREACHED_RESTRICTION = "incident.breached_restriction";

	static final String WARNING_BYPASS_REASON = "incident.warning_bypass_reason";

	static final String THIRD_PARTY_CONTACT_NAME = "incident.third_party_contact_name";

	static final String THIRD_PARTY_REFERENCE = "incident.third_party_reference";

	static final String WITNESS_STATEMENT = "incident_witness_statement.statement";

	static final String ATTACHMENT_FILE_NAME = "incident_attachment.file_name";

	public static final EncryptedColumns INCIDENT = EncryptedColumns.of("incident", "id", "location", "customer_name",
			"what_happened", "breached_restriction", "warning_bypass_reason", "third_party_contact_name",
			"third_party_reference");

	public static final EncryptedColumns WITNESS_STATEMENTS = EncryptedColumns.of("incident_witness_statement", "id",
			"statement");

	public static final EncryptedColumns ATTACHMENTS = EncryptedColumns.of("incident_attachment", "id", "file_name");

	private IncidentColumns() {
	}

	public static class Location extends EncryptedText {

		public Location() {
			super(LOCATION);
		}

	}

	public static class CustomerName extends EncryptedText {

		public CustomerName() {
			super(CUSTOMER_NAME);
		}

	}

	public static class WhatHappened extends EncryptedText {

		public WhatHappened() {
			super(WHAT_HAPPENED);
		}

	}

	public static class BreachedRestriction extends EncryptedText {

		public BreachedRestriction() {
			super(BREACHED_RESTRICTION);
		}

	}

	public static class WarningBypassReason extends EncryptedText {

		public WarningBypassReason() {
			super(WARNING_BYPASS_REASON);
		}

	}

	public static class ThirdPartyContactName extends EncryptedText {

		public ThirdPartyContactName() {
			super(THIRD_PARTY_CONTACT_NAME);
		}

	}

	public static class ThirdPartyReference extends EncryptedText {

		public ThirdPartyReference() {
			super(THIRD_PARTY_REFERENCE);
		}

	}

	public static class Statement extends EncryptedText {

		public Statement() {
			super(WITNESS_STATEMENT);
		}

	}

	public static class FileName extends EncryptedText {

		public FileName() {
			super(ATTACHMENT_FILE_NAME);
		}

	}

}
