package uk.gov.cheltenham.psr.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The shape ARCHITECTURE.md asks of every service, as ArchUnit rules: the domain knows
 * nothing of Kafka, HTTP or the wire format; only {@code messaging/} maps to event
 * contracts; web and messaging adapters do not call each other.
 */
public final class PsrArchitectureRules {

	private static final String[] ADAPTER_PACKAGES = { "org.apache.kafka..", "org.springframework.kafka..",
			"org.springframework.cloud..", "org.springframework.messaging..", "org.springframework.web..",
			"org.springframework.http..", "jakarta.servlet..", "uk.gov.cheltenham.psr.events.." };

	private PsrArchitectureRules() {
	}

	/**
	 * The service's own classes: not its tests, and not the bean definitions Spring AOT
	 * generates at package time ({@code Foo__BeanDefinitions}), which a build without
	 * {@code clean} leaves in {@code target/classes} for the next test run.
	 */
	public static JavaClasses importService(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(PsrArchitectureRules::isNotGeneratedByAot)
			.importPackages(rootPackage);
	}

	private static boolean isNotGeneratedByAot(Location location) {
		return !location.contains("__");
	}

	/** Domain packages (all but web/, messaging/, config/) use no adapter types. */
	public static void domainIsFreeOfAdapters(String rootPackage) {
		noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.and()
			.resideOutsideOfPackages(rootPackage + ".web..", rootPackage + ".messaging..", rootPackage + ".config..")
			.and()
			.doNotHaveSimpleName(applicationClassName(rootPackage))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ADAPTER_PACKAGES)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage(rootPackage + ".web..", rootPackage + ".messaging..")
			.check(importService(rootPackage));
	}

	/** Only messaging/ touches event-contracts records. */
	public static void onlyMessagingUsesEventContracts(String rootPackage) {
		noClasses().that()
			.resideOutsideOfPackage(rootPackage + ".messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.gov.cheltenham.psr.events..")
			.check(importService(rootPackage));
	}

	/**
	 * The web and messaging adapters each go through the domain, never through each
	 * other.
	 */
	public static void adaptersAreIndependent(String rootPackage) {
		noClasses().that()
			.resideInAPackage(rootPackage + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + ".messaging..")
			.check(importService(rootPackage));
		noClasses().that()
			.resideInAPackage(rootPackage + ".messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + ".web..")
			.check(importService(rootPackage));
	}

	/**
	 * Entities with assigned ids keep their version in a wrapper: a null version is what
	 * tells Spring Data that an entity is new, so {@code save()} persists it. With a
	 * primitive version it merges, which first loads the row that is not there (one
	 * SELECT per insert: 12% of incident-service's CPU at 100 reports/s, session 7).
	 */
	public static void versionsMarkNewEntities(String rootPackage) {
		noFields().that()
			.areAnnotatedWith("jakarta.persistence.Version")
			.should()
			.haveRawType(long.class)
			.orShould()
			.haveRawType(int.class)
			.check(importService(rootPackage));
	}

	private static String applicationClassName(String rootPackage) {
		// the application class sits in the root package and only wires things
		String last = rootPackage.substring(rootPackage.lastIndexOf('.') + 1);
		return Character.toUpperCase(last.charAt(0)) + last.substring(1) + "ServiceApplication";
	}

}
