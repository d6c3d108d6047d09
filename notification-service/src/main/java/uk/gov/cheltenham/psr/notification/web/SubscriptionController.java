package uk.gov.cheltenham.psr.notification.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

/** The CRO administers which team mailboxes are told about markers (M3). */
@RestController
@RequestMapping("/api/subscriptions")
@PreAuthorize("hasRole('CRO')")
class SubscriptionController {

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	List<SubscriptionView> all() {
		return this.subscriptions.all().stream().map(SubscriptionView::of).toList();
	}

	@PostMapping
	ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request,
			@AuthenticationPrincipal Jwt caller) {
		TeamSubscription subscription = this.subscriptions.subscribe(request.toNewSubscription(), caller.getSubject());
		return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id()))
			.body(SubscriptionView.of(subscription));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		this.subscriptions.remove(id);
		return ResponseEntity.noContent().build();
	}

}
