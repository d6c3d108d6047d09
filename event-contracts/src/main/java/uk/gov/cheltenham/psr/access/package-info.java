/**
 * Who may call what: each service's authorization matrix, read once by the service that
 * enforces it and by the generated test that proves it.
 */
package uk.gov.cheltenham.psr.access;
