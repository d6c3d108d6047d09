/**
 * register-service's internal API as the sender's {@code EntryRegister} (P1): the values
 * of an entry's allowed fields, asked for by name at the time of sending, with this
 * service's client-credentials token.
 */
package uk.gov.cheltenham.psr.partnersync.register;
