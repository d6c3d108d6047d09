package uk.gov.cheltenham.psr.register.appeal;

/** What the Local Government and Social Care Ombudsman concluded (R11). */
public enum LgscoOutcome {

	NOT_INVESTIGATED, NO_FAULT, FAULT_NO_INJUSTICE, FAULT_AND_INJUSTICE, WITHDRAWN

}
