/**
 * What incident-service knows of register entries (I6, I7, I8): only their ids and
 * whether they are still on the register, learnt from register-service's events, so that
 * a report can be linked only to an entry that exists. No personal data.
 */
package uk.gov.cheltenham.psr.incident.entry;
