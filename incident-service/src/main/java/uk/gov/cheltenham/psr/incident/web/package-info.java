/** HTTP adapters of the intake and review APIs. */
package uk.gov.cheltenham.psr.incident.web;
