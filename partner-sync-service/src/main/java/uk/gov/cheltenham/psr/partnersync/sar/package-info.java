/**
 * Subject access (D4): what partner-sync-service holds about an entry (the disclosures to
 * CBH and the receipts linked to the entry), answered to register-service only. Each
 * answer is recorded in the audit trail as a disclosure (D3).
 */
package uk.gov.cheltenham.psr.partnersync.sar;
