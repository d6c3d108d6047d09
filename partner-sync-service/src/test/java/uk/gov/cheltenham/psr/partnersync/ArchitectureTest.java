package uk.gov.cheltenham.psr.partnersync;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.testsupport.PsrArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the domain free of Kafka, HTTP and contracts, as ARCHITECTURE.md asks. */
class ArchitectureTest {

	static final String ROOT = "uk.gov.cheltenham.psr.partnersync";

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = PsrArchitectureRules.importService(ROOT);
	}

	@Test
	@DisplayName("D1: only messaging/ touches event-contracts")
	void onlyMessagingTouchesContracts() {
		PsrArchitectureRules.onlyMessagingUsesEventContracts(ROOT);
	}

	@Test
	@DisplayName("the domain knows nothing of Kafka, HTTP, event-contracts or the web and messaging adapters")
	void domainIndependentOfAdapters() {
		PsrArchitectureRules.domainIsFreeOfAdapters(ROOT);
	}

	@Test
	@DisplayName("web/ and messaging/ go through the domain, never through each other")
	void adaptersAreIndependent() {
		PsrArchitectureRules.adaptersAreIndependent(ROOT);
	}

	@Test
	@DisplayName("the domain knows nothing of config/")
	void domainIndependentOfConfig() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".agreement..", ROOT + ".outbound..", ROOT + ".inbound..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".config..")
			.check(classes);
	}

	@Test
	@DisplayName("D1: the web layer never touches Kafka; messaging/ does")
	void webNeverTouchesKafka() {
		noClasses().that()
			.resideInAPackage(ROOT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.kafka..", "org.springframework.cloud.stream..",
					"org.apache.kafka..", "org.springframework.messaging..")
			.check(classes);
	}

	@Test
	@DisplayName("the agreement is plain Java")
	void agreementIsPlainJava() {
		noClasses().that()
			.resideInAPackage(ROOT + ".agreement..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
			.check(classes);
	}

	@Test
	@DisplayName("a versioned entity's version is a wrapper, so that save() persists a new one without loading it first")
	void versionsMarkNewEntities() {
		PsrArchitectureRules.versionsMarkNewEntities(ROOT);
	}

}
