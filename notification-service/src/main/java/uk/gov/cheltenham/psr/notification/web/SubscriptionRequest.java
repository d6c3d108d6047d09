package uk.gov.cheltenham.psr.notification.web;

import java.net.URI;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import uk.gov.cheltenham.psr.notification.subscription.NewSubscription;

/**
 * A new team subscription. The team is spelt as in marker events; the webhook, if any,
 * must be HTTPS. {@code active} defaults to true.
 */
record SubscriptionRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
				message = "letters, digits, '-' and '_' only") String team,
		@NotBlank @Email @Size(max = 254) String email, @Size(max = 2000) @URL @PermittedWebhookUrl String webhookUrl,
		Boolean active) {

	NewSubscription toNewSubscription() {
		return new NewSubscription(this.team, this.email,
				(this.webhookUrl != null && !this.webhookUrl.isBlank()) ? URI.create(this.webhookUrl) : null,
				(this.active == null) || this.active);
	}

}
