/**
 * Renders letters (L1–L6) from template files to PDF and to plain text for email. The
 * templates live in {@code letters/templates/} on the classpath and may be overridden,
 * file by file, from the directory {@code psr.letters.template-dir}, so wording changes
 * need no code change.
 */
package uk.gov.cheltenham.psr.letters.rendering;
