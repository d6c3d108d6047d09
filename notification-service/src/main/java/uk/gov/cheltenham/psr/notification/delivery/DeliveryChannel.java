package uk.gov.cheltenham.psr.notification.delivery;

/**
 * How a subscription is told: each channel is its own delivery with its own status, so a
 * failing webhook never holds back the team's email, nor the other way round (M3).
 */
public enum DeliveryChannel {

	EMAIL, WEBHOOK

}
