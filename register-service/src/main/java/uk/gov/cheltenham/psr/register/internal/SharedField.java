package uk.gov.cheltenham.psr.register.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of an entry (R2) by the names data-sharing agreements use (the same names as
 * partner-sync-service's {@code RegisterField}), and how each is read. A value is a
 * string, a list of strings, or {@code null} when not known.
 */
enum SharedField {

	ENTRY_ID("entryId", (facts) -> facts.entry().id().toString()),
	CUSTOMER_NAME("customerName", (facts) -> (facts.customer() != null) ? facts.customer().customerName() : null),
	ADDRESS("address", (facts) -> nonEmpty((facts.customer() != null) ? facts.customer().addressLines() : null)),
	CONTACT_DETAILS("contactDetails",
			(facts) -> nonEmpty((facts.customer() != null) ? facts.customer().contactDetails() : null)),
	DATE_OF_BIRTH("dateOfBirth",
			(facts) -> (facts.customer() != null && facts.customer().dateOfBirth() != null)
					? facts.customer().dateOfBirth().toString() : null),
	CUSTOMER_REFERENCES("customerReferences",
			(facts) -> facts.entry()
				.teamReferences()
				.stream()
				.map((reference) -> reference.team() + ":" + reference.reference())
				.toList()),
	INCIDENTS("incidents", EntryFacts::incidentLines), REASONS("reasons", EntryFacts::reasons),
	CAUTIONS("cautions", EntryFacts::cautions), RESTRICTIONS("restrictions", EntryFacts::restrictions),
	RESTRICTION_PERIOD("restrictionPeriod", (facts) -> facts.entry().restrictionPeriod().toString()),
	EXPIRES_ON("expiresOn", (facts) -> facts.entry().expiresOn().toString()),
	REVIEW_DUE("reviewDue", (facts) -> facts.entry().reviewDue().toString()),
	STATUS("status", (facts) -> facts.entry().status().name()),
	// no notes are recorded on an entry yet (R11 adds "appeal in progress")
	NOTES("notes", (facts) -> null),
	PURGE_DUE("purgeDue", (facts) -> (facts.entry().purgeDue() != null) ? facts.entry().purgeDue().toString() : null);

	private final String fieldName;

	private final Function<EntryFacts, Object> reader;

	SharedField(String fieldName, Function<EntryFacts, Object> reader) {
		this.fieldName = fieldName;
		this.reader = reader;
	}

	String fieldName() {
		return this.fieldName;
	}

	Object valueOf(EntryFacts facts) {
		return this.reader.apply(facts);
	}

	/** The field of that name; an unknown name is refused, naming it. */
	static SharedField named(String fieldName) {
		return byName(fieldName).orElseThrow(() -> new UnknownField(fieldName));
	}

	static Optional<SharedField> byName(String fieldName) {
		return Arrays.stream(values()).filter((field) -> field.fieldName.equals(fieldName)).findFirst();
	}

	static List<String> names() {
		return Arrays.stream(values()).map(SharedField::fieldName).toList();
	}

	private static List<String> nonEmpty(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

}
