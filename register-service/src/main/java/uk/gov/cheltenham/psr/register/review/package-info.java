/**
 * Reviews of register entries (R9): the evidence pack (incidents since the last review,
 * positive or neutral contacts, the raising team's justification for entries based on
 * personal circumstances), the recorded outcome that goes to the Governance Group (R10),
 * and the escalation of overdue reviews.
 * {@link uk.gov.cheltenham.psr.register.review.EntryReview} holds the rules.
 */
package uk.gov.cheltenham.psr.register.review;
