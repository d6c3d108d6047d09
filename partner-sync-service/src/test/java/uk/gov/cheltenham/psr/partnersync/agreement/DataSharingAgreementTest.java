package uk.gov.cheltenham.psr.partnersync.agreement;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataSharingAgreementTest {

	static final List<String> DEFAULT_EVENTS = List.of("EntryOpened", "EntryExtended", "EntryRemoved", "EntryPurged");

	static final List<String> DEFAULT_FIELDS = List.of("entryId", "restrictions", "cautions", "reviewDue", "status");

	static DataSharingAgreement defaultAgreement() {
		return DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example", DEFAULT_EVENTS, DEFAULT_FIELDS);
	}

	@Test
	@DisplayName("P1: a new entry discloses exactly the allow-listed fields, in the agreement's order")
	void newEntryDisclosesTheAllowList() {
		assertThat(defaultAgreement().disclosableFor(RegisterChange.ENTRY_OPENED))
			.containsExactlyElementsOf(DEFAULT_FIELDS);
	}

	@ParameterizedTest
	@EnumSource(RegisterChange.class)
	@DisplayName("P1: whatever a change concerns, nothing off the allow-list is disclosable")
	void nothingOffTheAllowList(RegisterChange change) {
		DataSharingAgreement agreement = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
				DEFAULT_EVENTS, List.of("status", "entryId"));

		assertThat(agreement.disclosableFor(change)).isSubsetOf("entryId", "status")
			.doesNotContain("customerName", "address", "restrictions");
	}

	@Test
	@DisplayName("P1: a change only discloses the allowed fields it concerns")
	void onlyWhatTheChangeConcerns() {
		assertThat(defaultAgreement().disclosableFor(RegisterChange.ENTRY_REMOVED)).containsExactly("entryId",
				"status");
		assertThat(defaultAgreement().disclosableFor(RegisterChange.ENTRY_EXTENDED)).containsExactly("entryId",
				"restrictions", "reviewDue", "status");
	}

	@Test
	@DisplayName("P1: the agreement covers only the register changes it names")
	void coversOnlyNamedChanges() {
		DataSharingAgreement agreement = defaultAgreement();

		assertThat(agreement.covers(RegisterChange.ENTRY_OPENED)).isTrue();
		assertThat(agreement.covers(RegisterChange.ENTRY_PURGED)).isTrue();
		assertThat(agreement.covers(RegisterChange.APPEAL_LODGED)).isFalse();
		assertThat(agreement.covers(RegisterChange.ENTRY_REVIEWED)).isFalse();
	}

	@Test
	@DisplayName("R12: a deletion request names the entry and nothing else")
	void deletionRequestNamesTheEntryOnly() {
		assertThat(defaultAgreement().deletionRequestFields()).containsExactly("entryId");
	}

	@Test
	@DisplayName("P1: a misspelt field in the agreement is refused, not silently ignored")
	void unknownFieldRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example", DEFAULT_EVENTS,
					List.of("entryId", "reviewdue")))
			.withMessageContaining("reviewdue");
	}

	@Test
	@DisplayName("P1: an unknown event type in the agreement is refused")
	void unknownEventTypeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
					List.of("EntryOpened", "EntryDeleted"), DEFAULT_FIELDS))
			.withMessageContaining("EntryDeleted");
	}

	@Test
	@DisplayName("P3: an agreement without a reference or recipient is refused")
	void referenceAndRecipientRequired() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of(" ", "psr-updates@cbh.example", DEFAULT_EVENTS, DEFAULT_FIELDS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of("CBH-DSA-2024-01", null, DEFAULT_EVENTS, DEFAULT_FIELDS));
	}

	@Test
	@DisplayName("P1: an agreement that does not allow the entry id cannot address any update")
	void entryIdRequired() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example", DEFAULT_EVENTS,
					List.of("status")))
			.withMessageContaining("entryId");
	}

	@Test
	@DisplayName("P1: an agreement names its channel; email unless it says https, whose recipient is the endpoint")
	void channelAndRecipient() {
		assertThat(defaultAgreement().channel()).isEqualTo(DeliveryChannel.EMAIL);

		DataSharingAgreement https = DataSharingAgreement.of("CBH-DSA-2024-01", DeliveryChannel.HTTPS,
				"https://cbh.example/psr/updates", DEFAULT_EVENTS, DEFAULT_FIELDS);

		assertThat(https.channel()).isEqualTo(DeliveryChannel.HTTPS);
		assertThat(https.recipient()).isEqualTo("https://cbh.example/psr/updates");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataSharingAgreement.of("CBH-DSA-2024-01", DeliveryChannel.HTTPS, " ", DEFAULT_EVENTS,
					DEFAULT_FIELDS))
			.withMessageContaining("HTTPS endpoint");
	}

}
