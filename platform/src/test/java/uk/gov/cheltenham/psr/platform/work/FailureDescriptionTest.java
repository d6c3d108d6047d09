package uk.gov.cheltenham.psr.platform.work;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDescriptionTest {

	@Test
	@DisplayName("D1: a failure is described by its chain of types, never by a message")
	void typesWithoutMessages() {
		IllegalStateException failure = new IllegalStateException("550 housing-ict@council.example",
				new IOException("HSG-000123", new ConnectException("refused by mail.council.example")));

		assertThat(FailureDescription.of(failure, List.of(), Class::getSimpleName))
			.isEqualTo("IllegalStateException <- IOException <- ConnectException")
			.doesNotContain("@")
			.doesNotContain("HSG-000123");
		assertThat(FailureDescription.of(failure, List.of(), Class::getName))
			.isEqualTo("java.lang.IllegalStateException <- java.io.IOException <- java.net.ConnectException");
	}

	@Test
	@DisplayName("D1: failures reported alongside follow the chain, and the description stays short")
	void alongsideAndBounded() {
		Exception deep = new Exception();
		for (int i = 0; i < 10; i++) {
			deep = new Exception(deep);
		}

		assertThat(FailureDescription.of(new IOException(), List.of(new ConnectException()), Class::getSimpleName))
			.isEqualTo("IOException <- ConnectException");
		assertThat(FailureDescription.of(deep, List.of(), Class::getSimpleName).split(" <- ")).hasSize(5);
		assertThat(FailureDescription.of(deep, List.of(deep), Class::getSimpleName).split(" <- ")).hasSize(8);
	}

}
