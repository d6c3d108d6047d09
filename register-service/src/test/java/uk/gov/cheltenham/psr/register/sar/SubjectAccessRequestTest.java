package uk.gov.cheltenham.psr.register.sar;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessDocument;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectAccessRequestTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final UUID ENTRY = UUID.randomUUID();

	private static final String INCIDENT = "7d1c8f5e-0000-4000-8000-000000000001";

	private static final String LETTER = "7d1c8f5e-0000-4000-8000-000000000002";

	private static final String STATEMENT = "incident/" + INCIDENT + "/witnessStatements/0/statement";

	private final Bundle bundle = Bundle.of(List.of(incidents(), letters()));

	@Test
	@DisplayName("D4: every value of the bundle is an item with a stable path; a letter's PDF is a document item")
	void itemsHaveStablePaths() {
		assertThat(this.bundle.items()).extracting(BundleItem::path)
			.contains("incident/" + INCIDENT + "/customerName", STATEMENT,
					"incident/" + INCIDENT + "/witnessStatements/0/witness", "letter/" + LETTER + "/pdf");
		assertThat(this.bundle.items()).filteredOn(BundleItem::document)
			.extracting(BundleItem::path)
			.containsExactly("letter/" + LETTER + "/pdf");
		assertThat(Bundle.of(List.of(letters(), incidents())).items())
			.containsExactlyInAnyOrderElementsOf(this.bundle.items());
	}

	@Test
	@DisplayName("D4: a redacted value, record or list is replaced by its reason in the released tree; the rest is untouched")
	void redactionReplacesValueWithReason() {
		SubjectAccessRequest request = gathered();
		request.redact(this.bundle, STATEMENT, RedactionReason.THIRD_PARTY_PERSONAL_DATA, "names a neighbour", "cro",
				NOW);
		request.redact(this.bundle, "incident/" + INCIDENT + "/affectedPerson", RedactionReason.STAFF_SAFETY, null,
				"cro", NOW);

		Map<String, Object> released = this.bundle.redacted(request.redactions());

		Map<?, ?> incident = (Map<?, ?>) ((Map<?, ?>) released.get("incident")).get(INCIDENT);
		assertThat(incident.get("customerName")).isEqualTo("Subject Person");
		assertThat(incident.get("affectedPerson")).isEqualTo("[REDACTED: staff safety]");
		Map<?, ?> statement = (Map<?, ?>) ((List<?>) incident.get("witnessStatements")).get(0);
		assertThat(statement.get("statement")).isEqualTo("[REDACTED: third-party personal data]");
		assertThat(statement.get("witness")).isEqualTo("witness-1");
		assertThat(this.bundle.items()).extracting(BundleItem::value).contains("I saw it all");

		request.redact(this.bundle, "incident/" + INCIDENT + "/witnessStatements", RedactionReason.CRIME_PREVENTION,
				null, "cro", NOW);
		Map<?, ?> again = (Map<?, ?>) ((Map<?, ?>) this.bundle.redacted(request.redactions()).get("incident"))
			.get(INCIDENT);
		assertThat(again.get("witnessStatements")).isEqualTo("[REDACTED: crime prevention]");
	}

	@Test
	@DisplayName("D4: redacting a letter's PDF withholds the file from the bundle")
	void redactedDocumentIsWithheld() {
		SubjectAccessRequest request = gathered();
		assertThat(this.bundle.releasedDocuments(request.redactions())).hasSize(1);
		request.redact(this.bundle, "letter/" + LETTER, RedactionReason.CRIME_PREVENTION, null, "cro", NOW);
		assertThat(this.bundle.releasedDocuments(request.redactions())).isEmpty();
		request.withdrawRedaction("letter/" + LETTER);
		assertThat(this.bundle.releasedDocuments(request.redactions())).hasSize(1);
	}

	@Test
	@DisplayName("D4: only items of the bundle can be redacted; marking one again replaces the reason")
	void redactsOnlyItemsOfTheBundle() {
		SubjectAccessRequest request = gathered();
		assertThatThrownBy(() -> request.redact(this.bundle, "incident/" + UUID.randomUUID(),
				RedactionReason.STAFF_SAFETY, null, "cro", NOW))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("D4"));
		assertThatThrownBy(() -> request.redact(this.bundle, "incident/" + INCIDENT + "/witnessStatements/5",
				RedactionReason.STAFF_SAFETY, null, "cro", NOW))
			.isInstanceOf(RuleViolation.class);
		request.redact(this.bundle, STATEMENT, RedactionReason.STAFF_SAFETY, null, "cro", NOW);
		request.redact(this.bundle, STATEMENT, RedactionReason.CRIME_PREVENTION, null, "cro", NOW);
		assertThat(request.redactions()).singleElement()
			.extracting(Redaction::reason)
			.isEqualTo(RedactionReason.CRIME_PREVENTION);
	}

	@Test
	@DisplayName("D4: a bundle with a part missing is never released; once every part is gathered it is")
	void releaseNeedsEveryPart() {
		SubjectAccessRequest request = SubjectAccessRequest.open(ENTRY, "cro", NOW);
		assertThat(request.status()).isEqualTo(SubjectAccessStatus.OPEN);
		Arrays.stream(PartSource.values()).forEach((source) -> request.gathered(source, NOW));
		request.notGathered(PartSource.LETTERS, "letters-service could not be reached", NOW);
		assertThat(request.status()).isEqualTo(SubjectAccessStatus.INCOMPLETE);
		assertThat(request.toGather()).containsExactly(PartSource.LETTERS);

		assertThatThrownBy(() -> request.release("cro", NOW))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("D4"))
			.hasMessageContaining("letters-service");
		assertThat(request.releasedAt()).isNull();

		request.gathered(PartSource.LETTERS, NOW);
		assertThat(request.status()).isEqualTo(SubjectAccessStatus.READY);
		request.release("cro", NOW);
		assertThat(request.status()).isEqualTo(SubjectAccessStatus.RELEASED);
	}

	@Test
	@DisplayName("D4: a released request is not released again, re-gathered or redacted")
	void releasedOnce() {
		SubjectAccessRequest request = gathered();
		assertThatThrownBy(request::requireReleased).isInstanceOf(RuleViolation.class);
		request.release("cro", NOW);
		request.requireReleased();

		assertThatThrownBy(() -> request.release("cro", NOW)).isInstanceOfSatisfying(RuleViolation.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("D4"));
		assertThatThrownBy(request::toGather).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> request.redact(this.bundle, STATEMENT, RedactionReason.STAFF_SAFETY, null, "cro", NOW))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> request.withdrawRedaction(STATEMENT)).isInstanceOf(RuleViolation.class);
	}

	private static SubjectAccessRequest gathered() {
		SubjectAccessRequest request = SubjectAccessRequest.open(ENTRY, "cro", NOW);
		Arrays.stream(PartSource.values()).forEach((source) -> request.gathered(source, NOW));
		return request;
	}

	private static SubjectAccessPart incidents() {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("witness", "witness-1");
		statement.put("statement", "I saw it all");
		Map<String, Object> incident = new LinkedHashMap<>();
		incident.put("customerName", "Subject Person");
		incident.put("affectedPerson", "officer-1");
		incident.put("witnessStatements", List.of(statement));
		return new SubjectAccessPart("incident-service", ENTRY, Map.of("incident", Map.of(INCIDENT, incident)),
				List.of());
	}

	private static SubjectAccessPart letters() {
		Map<String, Object> letter = new LinkedHashMap<>();
		letter.put("letterType", "WARNING");
		letter.put("pdf", "letters/" + LETTER + ".pdf");
		return new SubjectAccessPart("letters-service", ENTRY, Map.of("letter", Map.of(LETTER, letter)),
				List.of(new SubjectAccessDocument("letter/" + LETTER + "/pdf", "letters/" + LETTER + ".pdf",
						"application/pdf", "JVBERi0=")));
	}

}
