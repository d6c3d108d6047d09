package uk.gov.cheltenham.psr.incident.report;

/** Stored bytes no longer match their checksum: never hand them out as evidence. */
public class EvidenceCorrupted extends RuntimeException {

	EvidenceCorrupted(String message) {
		super(message);
	}

}
