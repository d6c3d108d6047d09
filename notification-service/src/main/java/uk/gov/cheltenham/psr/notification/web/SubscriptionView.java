package uk.gov.cheltenham.psr.notification.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;

/**
 * What the API shows of a subscription. The webhook secret appears once, in the answer
 * that created the subscription, and never in a listing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(UUID id, String team, String email, String webhookUrl, boolean active, Instant createdAt,
		String createdBy, String webhookSecret) {

	static SubscriptionView of(TeamSubscription subscription) {
		return new SubscriptionView(subscription.id(), subscription.team(), subscription.email(),
				subscription.webhookUrl(), subscription.isActive(), subscription.createdAt(), subscription.createdBy(),
				null);
	}

	/** The answer to the subscription: with the webhook secret, if there is a webhook. */
	static SubscriptionView created(TeamSubscription subscription) {
		return new SubscriptionView(subscription.id(), subscription.team(), subscription.email(),
				subscription.webhookUrl(), subscription.isActive(), subscription.createdAt(), subscription.createdBy(),
				subscription.webhookSecret());
	}

}
