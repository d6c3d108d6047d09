package uk.gov.cheltenham.psr.internalapi;

/**
 * A file held with a record, part of a {@link SubjectAccessPart}.
 *
 * @param itemPath the path of the record field that names the file, e.g.
 * {@code letter/<id>/pdf}; redacting that item withholds the file
 * @param fileName the file's name in the released bundle, e.g. {@code letters/<id>.pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param contentBase64 the file's bytes, base64-encoded
 */
public record SubjectAccessDocument(String itemPath, String fileName, String mediaType, String contentBase64) {

}
