package uk.gov.cheltenham.psr.incident;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.testsupport.PsrArchitectureRules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	private static final String ROOT = "uk.gov.cheltenham.psr.incident";

	/**
	 * Builds the shared internal-API answers, which are made of event-contracts types.
	 */
	private static final String INTERNAL_API_CONTRACTS = ROOT + ".web.InternalApiContracts";

	@Test
	@DisplayName("the domain is free of Kafka, HTTP and the wire format")
	void domainIsFreeOfAdapters() {
		PsrArchitectureRules.domainIsFreeOfAdapters(ROOT);
	}

	/**
	 * The shared rule, except for the one web class that builds internal-API answers
	 * ({@code internalapi.CustomerDetails} is made of event-contracts value types); that
	 * class may name those value types and no event record.
	 */
	@Test
	@DisplayName("only messaging/ maps to event contracts (and web/InternalApiContracts only to the internal API's value types)")
	void onlyMessagingUsesEventContracts() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".messaging..")
			.and()
			.doNotHaveFullyQualifiedName(INTERNAL_API_CONTRACTS)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.gov.cheltenham.psr.events..")
			.check(PsrArchitectureRules.importService(ROOT));
		noClasses().that()
			.haveFullyQualifiedName(INTERNAL_API_CONTRACTS)
			.should()
			.dependOnClassesThat(resideInAPackage("uk.gov.cheltenham.psr.events..")
				.and(not(belongToAnyOf(IncidentType.class, TeamReference.class))))
			.check(PsrArchitectureRules.importService(ROOT));
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
