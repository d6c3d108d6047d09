/**
 * Contact-details updates (I8): a service team reports that a registered customer's
 * address, phone or email changed. The details stay here; register-service is told by an
 * event carrying ids only and reads them through the internal API (D1, D3).
 */
package uk.gov.cheltenham.psr.incident.contact;
