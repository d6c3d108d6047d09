package uk.gov.cheltenham.psr.register.sar;

/**
 * One value of a bundle, as the CRO reviews it before release.
 *
 * @param path stable path of the value, e.g.
 * {@code incident/<id>/witnessStatements/0/statement}
 * @param value the value as text ({@code null} when none)
 * @param document whether the value names a file of the bundle (a letter's PDF)
 */
public record BundleItem(String path, String value, boolean document) {

}
