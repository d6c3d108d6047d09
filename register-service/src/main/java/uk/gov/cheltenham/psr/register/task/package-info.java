/**
 * Tasks for the Customer Relations Officer: partner updates to consider (P2), incidents
 * linked to an entry the register lacks (I6, I7, I8) and customer records that could not
 * be fetched (R2). Nothing here changes the register by itself.
 */
package uk.gov.cheltenham.psr.register.task;
