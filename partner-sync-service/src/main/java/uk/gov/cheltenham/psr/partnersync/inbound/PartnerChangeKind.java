package uk.gov.cheltenham.psr.partnersync.inbound;

/** What CBH tells us changed in its own register (P2). */
public enum PartnerChangeKind {

	NEW_ENTRY, CHANGE, REMOVAL, CONTACT_CHANGE

}
