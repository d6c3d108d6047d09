/** Wiring that belongs to no feature. */
package uk.gov.cheltenham.psr.notification.config;
