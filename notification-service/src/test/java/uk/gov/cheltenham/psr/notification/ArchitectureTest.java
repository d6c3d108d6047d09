package uk.gov.cheltenham.psr.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.cheltenham.psr.notification");

	@Test
	@DisplayName("The domain is free of Kafka, HTTP, mail and event contracts")
	void domainIsFreeOfAdapters() {
		noClasses().that()
			.resideInAnyPackage("..notification.subscription..", "..notification.delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("uk.gov.cheltenham.psr.events..", "org.apache.kafka..", "org.springframework.kafka..",
					"org.springframework.cloud..", "org.springframework.web..", "org.springframework.mail..",
					"jakarta.mail..", "..notification.web..", "..notification.messaging..", "..notification.mail..")
			.check(CLASSES);
	}

	@Test
	@DisplayName("Only messaging/ touches the event contracts")
	void onlyMessagingTouchesContracts() {
		noClasses().that()
			.resideOutsideOfPackage("..notification.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.gov.cheltenham.psr.events..")
			.check(CLASSES);
	}

}
