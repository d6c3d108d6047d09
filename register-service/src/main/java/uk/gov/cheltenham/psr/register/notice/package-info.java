/**
 * Informing the customer (R8, UK GDPR art. 14): the letters an entry asks for, and the
 * recorded decision to withhold notice with the date it is re-checked.
 */
package uk.gov.cheltenham.psr.register.notice;
