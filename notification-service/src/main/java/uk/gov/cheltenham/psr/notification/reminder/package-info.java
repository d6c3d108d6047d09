/**
 * Reminders (M4): reviews due soon and overdue (R9), appeals waiting for a decision
 * (R11), incidents waiting too long for an independent review (I11) and the Governance
 * Group's agenda before each quarterly meeting (R10). What is pending is learnt from
 * register and incident events; a polling job decides with the injected clock what is
 * due; each occasion is a unique row, so it is reminded of exactly once, by an email
 * delivery that the notification sender sends to the role's mailbox. Texts carry ids and
 * dates only (D1).
 */
package uk.gov.cheltenham.psr.notification.reminder;
