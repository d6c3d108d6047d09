/**
 * Subject access (D4): the letters letters-service keeps about an entry, with their PDFs,
 * answered to register-service only, which assembles the bundle. Each answer is recorded
 * in the audit trail as a disclosure (D3).
 */
package uk.gov.cheltenham.psr.letters.sar;
