package uk.gov.cheltenham.psr.notification.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;

/** The CRO administers which team mailboxes and webhooks are told about markers (M3). */
@RestController
@RequestMapping("/api/subscriptions")
@PreAuthorize("hasRole('CRO')")
class SubscriptionController {

	static final String WEBHOOK_DESCRIPTION = """
			The team is told by email, and by webhook when `webhookUrl` is given (HTTPS only). \
			The answer to this call holds `webhookSecret`, **shown this once only**: keep it in \
			the team system. (The register keeps it, encrypted at rest, to sign its calls.)

			Each webhook call is a POST of JSON \
			`{"event":"MARKER_SET"|"MARKER_WITHDRAWN","team":..,"reference":..,"occurredAt":..,"deliveryId":..}` \
			with no personal data, and the headers `PSR-Timestamp` (epoch seconds), \
			`PSR-Delivery-Id` and `PSR-Signature: sha256=<hex>`, the HMAC-SHA256 of \
			`<PSR-Timestamp>.<raw body>` keyed with the UTF-8 bytes of the secret.

			The receiver must: recompute the signature over the raw body and compare in constant \
			time; reject a timestamp more than 5 minutes from its clock; treat a delivery id it \
			has already processed as done (answer 2xx, do nothing). Only 2xx counts as received; \
			anything else, or no answer within 2 s to connect and 5 s to answer, is retried with \
			backoff, then parked as FAILED (see `/api/deliveries`, re-drive with \
			`POST /api/deliveries/{id}/redrive`).""";

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	List<SubscriptionView> all() {
		return this.subscriptions.all().stream().map(SubscriptionView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Subscribes a team's mailbox, and optionally its webhook, to marker notifications",
			description = WEBHOOK_DESCRIPTION)
	ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request,
			@AuthenticationPrincipal Jwt caller) {
		TeamSubscription subscription = this.subscriptions.subscribe(request.toNewSubscription(), caller.getSubject());
		return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id()))
			.body(SubscriptionView.created(subscription));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		this.subscriptions.remove(id);
		return ResponseEntity.noContent().build();
	}

}
