package uk.gov.cheltenham.psr.partnersync.outbound;

/** What an outbound message asks of the partner. */
public enum UpdateKind {

	/** A register change, with the fields the agreement allows (P1). */
	UPDATE,

	/** The entry was purged: delete every copy you hold (R12, P3). */
	DELETION_REQUEST

}
