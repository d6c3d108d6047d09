/**
 * The Governance Group (R10): quarterly meetings, an agenda of review outcomes and
 * removals to decide and of reviews due or overdue, appeals and extensions to note, with
 * the evidence; the decisions recorded per item, a removal taking effect only on
 * approval. {@link uk.gov.cheltenham.psr.register.governance.GovernanceMeeting} holds the
 * rules.
 */
package uk.gov.cheltenham.psr.register.governance;
