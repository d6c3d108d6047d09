package uk.gov.cheltenham.psr.platform.crypto;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EncryptedColumnsTest {

	@Test
	@DisplayName("D1: a column's associated data is <table>.<column> unless named")
	void labelsFollowTheConvention() {
		assertThat(EncryptedColumns.of("customer_record", "entry_id", "customer_name", "email").labels())
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("customer_name", "customer_record.customer_name", "email", "customer_record.email"));
		assertThat(EncryptedColumns.withLabels("team_subscription", List.of("id"), Map.of("webhook_secret", "other"))
			.labels()).containsEntry("webhook_secret", "other");
	}

	@Test
	@DisplayName("D1: only plain SQL identifiers are accepted, since the job puts them into SQL")
	void refusesAnythingButPlainIdentifiers() {
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedColumns.of("t; drop table x", "id", "c"));
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedColumns.of("t", "id", "c where 1=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedColumns.of("t", "id"));
	}

}
