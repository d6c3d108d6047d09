package uk.gov.cheltenham.psr.letters;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the shape of ARCHITECTURE.md: the domain knows nothing of Kafka, HTTP or wire
 * formats.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.cheltenham.psr.letters");

	@Test
	@DisplayName("the letter domain is free of Kafka, Spring Cloud, HTTP and security types")
	void domainIsFreeOfAdapters() {
		noClasses().that()
			.resideInAPackage("..letters.letter..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "org.springframework.cloud..",
					"org.springframework.messaging..", "org.springframework.web..", "org.springframework.http..",
					"org.springframework.security..", "jakarta.servlet..", "..letters.web..", "..letters.messaging..")
			.check(CLASSES);
	}

	@Test
	@DisplayName("only messaging/ touches the event contracts")
	void onlyMessagingUsesEventContracts() {
		noClasses().that()
			.resideOutsideOfPackage("..letters.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.gov.cheltenham.psr.events..")
			.check(CLASSES);
	}

}
