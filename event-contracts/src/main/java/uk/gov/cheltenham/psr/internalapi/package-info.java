/**
 * What services' {@code /internal/**} APIs answer, written once for both sides. Unlike
 * the events, these DO carry personal data: each is read at the moment of use by the one
 * service allowed to, over an authenticated call, and the disclosure is logged by the
 * service that answers (R1, D3). Never put one of these on a topic or in a log.
 */
package uk.gov.cheltenham.psr.internalapi;
