/**
 * Calling another PSR service's internal API as this service: a client-credentials token
 * fetched and cached, timeouts, and the answers a caller must tell apart (not found, gone
 * for good, unavailable for now).
 */
package uk.gov.cheltenham.psr.platform.client;
