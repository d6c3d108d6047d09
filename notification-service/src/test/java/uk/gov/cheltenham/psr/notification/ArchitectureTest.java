package uk.gov.cheltenham.psr.notification;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.testsupport.PsrArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	private static final String ROOT = "uk.gov.cheltenham.psr.notification";

	@Test
	@DisplayName("The domain is free of Kafka, HTTP and event contracts")
	void domainIsFreeOfAdapters() {
		PsrArchitectureRules.domainIsFreeOfAdapters(ROOT);
	}

	@Test
	@DisplayName("Only messaging/ touches the event contracts")
	void onlyMessagingTouchesContracts() {
		PsrArchitectureRules.onlyMessagingUsesEventContracts(ROOT);
	}

	@Test
	@DisplayName("web/ and messaging/ go through the domain, never through each other")
	void adaptersAreIndependent() {
		PsrArchitectureRules.adaptersAreIndependent(ROOT);
	}

	@Test
	@DisplayName("The domain is free of mail: it sends through its own gateway, which mail/ implements")
	void domainIsFreeOfMail() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".subscription..", ROOT + ".delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..", ROOT + ".mail..")
			.check(PsrArchitectureRules.importService(ROOT));
	}

	@Test
	@DisplayName("The domain is free of HTTP clients: it calls webhooks through its own gateway, which webhook/ implements")
	void domainIsFreeOfHttpClients() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".subscription..", ROOT + ".delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.net.http..", "tools.jackson..", ROOT + ".webhook..")
			.check(PsrArchitectureRules.importService(ROOT));
	}

	@Test
	@DisplayName("a versioned entity's version is a wrapper, so that save() persists a new one without loading it first")
	void versionsMarkNewEntities() {
		PsrArchitectureRules.versionsMarkNewEntities(ROOT);
	}

}
