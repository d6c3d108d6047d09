package uk.gov.cheltenham.psr.incident.report;

/** An attachment read back, its bytes checked against the stored checksum. */
public record StoredFile(Attachment attachment, byte[] content) {

}
