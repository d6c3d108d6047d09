/**
 * Subject access (D4): everything incident-service holds on an entry's incidents,
 * answered to register-service only, which assembles the bundle. Each answer is recorded
 * in the audit trail as a disclosure (D3).
 */
package uk.gov.cheltenham.psr.incident.sar;
