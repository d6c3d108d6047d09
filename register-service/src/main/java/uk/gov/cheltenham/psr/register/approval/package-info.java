/**
 * Approval of complex or sensitive entries (R7, policy §3.4): the CSSM approves before
 * the entry takes effect; the Executive Director stands in, with the reason recorded,
 * when the CSSM is absent or is the target.
 */
package uk.gov.cheltenham.psr.register.approval;
