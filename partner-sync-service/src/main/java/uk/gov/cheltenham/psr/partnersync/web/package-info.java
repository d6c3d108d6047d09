/** HTTP adapters: the disclosure report (P3). */
package uk.gov.cheltenham.psr.partnersync.web;
