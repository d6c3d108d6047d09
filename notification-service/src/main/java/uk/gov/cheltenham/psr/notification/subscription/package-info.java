/**
 * Team subscriptions (M3): which team mailbox (and, later, webhook) is told about markers
 * set and withdrawn for that team's customers.
 */
package uk.gov.cheltenham.psr.notification.subscription;
