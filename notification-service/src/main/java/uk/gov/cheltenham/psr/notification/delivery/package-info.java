/**
 * Marker notifications (M3): one delivery intent per active subscription, marker event
 * and channel (email, webhook), written in the consumer's transaction, sent afterwards by
 * the {@link uk.gov.cheltenham.psr.notification.delivery.NotificationSender} with bounded
 * retries and a visible status. The notice text carries the team's customer reference and
 * nothing personal (M1, D1).
 */
package uk.gov.cheltenham.psr.notification.delivery;
