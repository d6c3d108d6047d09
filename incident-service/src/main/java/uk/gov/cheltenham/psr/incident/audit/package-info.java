/**
 * D3: every read and change of the personal data this service holds, who did it, in which
 * role, for what purpose and when, in the platform's hash-chained audit trail.
 */
package uk.gov.cheltenham.psr.incident.audit;
