/**
 * Personal-data columns encrypted in the application (AES-GCM) with keys supplied from
 * outside the database, so a copy of the database alone reveals nothing; blind indexes
 * (keyed HMAC) where an exact lookup is needed; HMAC signatures of HTTP calls with a
 * shared secret.
 */
package uk.gov.cheltenham.psr.platform.crypto;
