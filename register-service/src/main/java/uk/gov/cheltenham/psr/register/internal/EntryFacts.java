package uk.gov.cheltenham.psr.register.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.register.approval.Approval;
import uk.gov.cheltenham.psr.register.approval.ApprovalState;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.IncidentFacts.IncidentFact;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * Everything the register knows about one entry today, from which each disclosure takes
 * only what its purpose allows.
 */
record EntryFacts(Entry entry, CustomerRecord customer, List<IncidentFact> incidents, List<String> cautions) {

	/**
	 * One plain-English line per incident: when, where and what from incident-service's
	 * facts, or the type alone for an incident whose facts have not arrived yet.
	 */
	List<String> incidentLines() {
		List<String> lines = new ArrayList<>(this.incidents.stream().map(IncidentFact::asLine).toList());
		Set<IncidentType> described = new TreeSet<>(this.incidents.stream().map(IncidentFact::incidentType).toList());
		new TreeSet<>(this.entry.incidentTypes()).stream()
			.filter((type) -> !described.contains(type))
			.forEach((type) -> lines.add("An incident of " + IncidentFact.describe(type)));
		return List.copyOf(lines);
	}

	/** Why the council decided as it did, in the words a letter uses. */
	String reasons() {
		if (this.entry.basis() == EntryBasis.WARNING_LETTER) {
			return "Your behaviour in the incidents listed is not acceptable under the council's Unreasonable"
					+ " Customer Behaviour Policy. This is a warning: if it happens again, the council may restrict"
					+ " how you contact it.";
		}
		return "Your behaviour in the incidents listed put council representatives at risk. Under the council's"
				+ " Unreasonable Customer Behaviour Policy your name has been added to its Personal Safety Register"
				+ " so that staff can protect themselves when dealing with you.";
	}

	/** The restrictions in force as plain lines (R4, L2). */
	List<String> restrictions() {
		return this.entry.restrictions().stream().map(Restriction::inPlainEnglish).toList();
	}

	/**
	 * Who signs (R7): the Executive Director when the CSSM is the target or approved in
	 * the CSSM's stead, else the CSSM.
	 */
	String signatoryRole() {
		if (this.entry.cssmIsTarget()) {
			return Roles.EXECUTIVE_DIRECTOR;
		}
		Approval approval = this.entry.approval();
		return (approval != null) ? approval.approverRole() : Roles.CSSM;
	}

	/** A complex or sensitive case, whose letters the CSSM approves (L7, R7). */
	boolean complexOrSensitive() {
		return this.entry.approvalState() != ApprovalState.NOT_REQUIRED;
	}

}
