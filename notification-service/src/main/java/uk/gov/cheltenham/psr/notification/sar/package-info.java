/**
 * Subject access (D4): what notification-service holds about an entry (deliveries and
 * reminders; no personal data by design, D1, but part of what is held), answered to
 * register-service only. Each answer is recorded in the audit trail as a disclosure (D3).
 */
package uk.gov.cheltenham.psr.notification.sar;
