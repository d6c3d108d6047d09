/** HTTP adapters: the disclosure report (P3) and the partner's inbound API (P2). */
package uk.gov.cheltenham.psr.partnersync.web;
