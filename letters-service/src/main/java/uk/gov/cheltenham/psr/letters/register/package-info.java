/**
 * Adapter to register-service's internal API: the facts a letter states are read there at
 * the moment of use, with this service's own token, and never stored (R12, D1).
 */
package uk.gov.cheltenham.psr.letters.register;
