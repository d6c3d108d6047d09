/** HTTP adapters: subscription administration and the delivery log, for the CRO. */
package uk.gov.cheltenham.psr.notification.web;
