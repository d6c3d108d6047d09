package uk.gov.cheltenham.psr.letters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.testsupport.PsrArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the shape of ARCHITECTURE.md: the domain knows nothing of Kafka, HTTP or wire
 * formats.
 */
class ArchitectureTest {

	private static final String ROOT = "uk.gov.cheltenham.psr.letters";

	@Test
	@DisplayName("the letter domain is free of Kafka, Spring Cloud, HTTP and the adapters")
	void domainIsFreeOfAdapters() {
		PsrArchitectureRules.domainIsFreeOfAdapters(ROOT);
	}

	@Test
	@DisplayName("the letter domain is free of security types: the web layer maps the caller's roles")
	void domainIsFreeOfSecurity() {
		noClasses().that()
			.resideInAPackage(ROOT + ".letter..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.security..")
			.check(PsrArchitectureRules.importService(ROOT));
	}

	@Test
	@DisplayName("only messaging/ touches the event contracts")
	void onlyMessagingUsesEventContracts() {
		PsrArchitectureRules.onlyMessagingUsesEventContracts(ROOT);
	}

	@Test
	@DisplayName("web/ and messaging/ go through the domain, never through each other")
	void adaptersAreIndependent() {
		PsrArchitectureRules.adaptersAreIndependent(ROOT);
	}

	@Test
	@DisplayName("a versioned entity's version is a wrapper, so that save() persists a new one without loading it first")
	void versionsMarkNewEntities() {
		PsrArchitectureRules.versionsMarkNewEntities(ROOT);
	}

}
