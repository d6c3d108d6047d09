package uk.gov.cheltenham.psr.register;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.testsupport.PsrArchitectureRules;

class ArchitectureTest {

	private static final String ROOT = "uk.gov.cheltenham.psr.register";

	@Test
	@DisplayName("the domain is free of Kafka, HTTP and the wire format")
	void domainIsFreeOfAdapters() {
		PsrArchitectureRules.domainIsFreeOfAdapters(ROOT);
	}

	@Test
	@DisplayName("only messaging/ maps to event contracts")
	void onlyMessagingUsesEventContracts() {
		PsrArchitectureRules.onlyMessagingUsesEventContracts(ROOT);
	}

	@Test
	@DisplayName("web and messaging adapters do not call each other")
	void adaptersAreIndependent() {
		PsrArchitectureRules.adaptersAreIndependent(ROOT);
	}

	@Test
	@DisplayName("a versioned entity's version is a wrapper, so that save() persists a new one without loading it first")
	void versionsMarkNewEntities() {
		PsrArchitectureRules.versionsMarkNewEntities(ROOT);
	}

}
