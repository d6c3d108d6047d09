package uk.gov.cheltenham.psr.register.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.IncidentFacts.IncidentFact;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.IncidentType;

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

	/** Restrictions as plain lines; none are recorded on the entry yet (R4). */
	List<String> restrictions() {
		return List.of();
	}

}
