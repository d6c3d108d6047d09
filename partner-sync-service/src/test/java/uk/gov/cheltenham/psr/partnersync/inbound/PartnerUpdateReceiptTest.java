package uk.gov.cheltenham.psr.partnersync.inbound;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartnerUpdateReceiptTest {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final DataSharingAgreement AGREEMENT = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
			List.of("EntryOpened"), List.of("entryId", "status"));

	@Test
	@DisplayName("P2, P3: an update from CBH is logged with the agreement's reference and the field names received")
	void acceptedWithAgreementAndFieldNames() {
		PartnerUpdateReceipt receipt = PartnerUpdateReceipt.accept(AGREEMENT, "cbh-update-42",
				PartnerChangeKind.CONTACT_CHANGE, " CBH-7781 ", "Contact number changed", "cbh", NOW);

		assertThat(receipt.id()).isNotNull();
		assertThat(receipt.agreementReference()).isEqualTo("CBH-DSA-2024-01");
		assertThat(receipt.changeKind()).isEqualTo(PartnerChangeKind.CONTACT_CHANGE);
		assertThat(receipt.partnerReference()).isEqualTo("CBH-7781");
		assertThat(receipt.fieldsReceived()).containsExactly("changeKind", "partnerReference", "summary");
		assertThat(receipt.receivedBy()).isEqualTo("cbh");
		assertThat(receipt.receivedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "has space", "jane.doe@example.com",
			"a-key-that-is-far-too-long-01234567890123456789012345678901234567890123456789012345678901234567890123456789" })
	@DisplayName("P2, D1: the idempotency key must be an opaque key, not free text")
	void keyMustBeOpaque(String key) {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> PartnerUpdateReceipt.accept(AGREEMENT, key,
				PartnerChangeKind.CHANGE, "CBH-1", "Changed", "cbh", NOW));
	}

	@Test
	@DisplayName("P2: an update without a change kind, reference or summary is refused")
	void incompleteRefused() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> PartnerUpdateReceipt.accept(AGREEMENT, "k1", null, "CBH-1", "Changed", "cbh", NOW));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> PartnerUpdateReceipt.accept(AGREEMENT, "k1",
				PartnerChangeKind.REMOVAL, " ", "Changed", "cbh", NOW));
	}

	@Test
	@DisplayName("P2: the same update again under its key is a repeat, whitespace aside")
	void repeatAccepted() {
		PartnerUpdateReceipt receipt = PartnerUpdateReceipt.accept(AGREEMENT, "cbh-update-42", PartnerChangeKind.CHANGE,
				"CBH-7781", "Contact number changed", "cbh", NOW);

		receipt.checkRepeatOf(PartnerChangeKind.CHANGE, " CBH-7781", "Contact number changed ");
	}

	@Test
	@DisplayName("P2: another update under a key already used is refused, naming the rule and not the content")
	void differentUpdateUnderSameKeyRefused() {
		PartnerUpdateReceipt receipt = PartnerUpdateReceipt.accept(AGREEMENT, "cbh-update-42", PartnerChangeKind.CHANGE,
				"CBH-7781", "Contact number changed", "cbh", NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> receipt.checkRepeatOf(PartnerChangeKind.REMOVAL, "CBH-7781", "Contact number changed"))
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo("P2"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> receipt.checkRepeatOf(PartnerChangeKind.CHANGE, "CBH-9999", "Contact number changed"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> receipt.checkRepeatOf(PartnerChangeKind.CHANGE, "CBH-7781", "Tenancy ended"))
			.withMessageNotContaining("Tenancy ended");
	}

}
