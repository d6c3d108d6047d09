/**
 * HTTP adapters: the disclosure report (P3) and the partner's signed inbound API (P2).
 */
package uk.gov.cheltenham.psr.partnersync.web;
