/**
 * Team subscriptions (M3): which team mailbox and webhook are told about markers set and
 * withdrawn for that team's customers, and which webhook addresses are permitted.
 */
package uk.gov.cheltenham.psr.notification.subscription;
