/**
 * Appeals against inclusion on the register (R11): lodged by the CRO for the customer,
 * the entry kept in force with the note "appeal in progress", decided by the Executive
 * Director (the Chief Executive where the CSSM was the target or absent), never by the
 * person who made the original decision; a later LGSCO complaint and its outcome.
 * {@link uk.gov.cheltenham.psr.register.appeal.Appeal} holds the rules.
 */
package uk.gov.cheltenham.psr.register.appeal;
