package uk.gov.cheltenham.psr.partnersync;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the domain free of Kafka, HTTP and contracts, as ARCHITECTURE.md asks. */
class ArchitectureTest {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.gov.cheltenham.psr.partnersync");
	}

	@Test
	@DisplayName("D1: the domain and the web layer never touch event-contracts or Kafka; messaging/ maps them")
	void onlyMessagingTouchesContractsAndKafka() {
		noClasses().that()
			.resideInAnyPackage("..partnersync.agreement..", "..partnersync.outbound..", "..partnersync.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("uk.gov.cheltenham.psr.events..", "org.springframework.kafka..",
					"org.springframework.cloud.stream..", "org.apache.kafka..", "org.springframework.messaging..")
			.check(classes);
	}

	@Test
	@DisplayName("the domain knows nothing of the web or messaging adapters")
	void domainIndependentOfAdapters() {
		noClasses().that()
			.resideInAnyPackage("..partnersync.agreement..", "..partnersync.outbound..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..partnersync.web..", "..partnersync.messaging..", "..partnersync.config..",
					"org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.check(classes);
	}

	@Test
	@DisplayName("the agreement is plain Java")
	void agreementIsPlainJava() {
		noClasses().that()
			.resideInAPackage("..partnersync.agreement..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
			.check(classes);
	}

}
