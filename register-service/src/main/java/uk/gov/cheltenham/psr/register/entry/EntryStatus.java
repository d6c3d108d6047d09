package uk.gov.cheltenham.psr.register.entry;

public enum EntryStatus {

	ACTIVE, REMOVED

}
