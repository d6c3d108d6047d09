/**
 * Incidents and updates that name an existing entry (I6, I7, I8): a repeat incident or a
 * breach joins its entry (which may extend the period, R3), a contact-details update
 * fetches the customer record again. One that names an entry the register cannot take it
 * on becomes a task for the CRO instead of being lost.
 */
package uk.gov.cheltenham.psr.register.link;
