package uk.gov.cheltenham.psr.notification.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.notification.delivery.DeliveryStatus;
import uk.gov.cheltenham.psr.notification.delivery.MarkerNotifications;

/**
 * The delivery log (M3): the latest 200 notifications, optionally of one status; and the
 * re-drive of a parked one.
 */
@RestController
@RequestMapping("/api/deliveries")
@PreAuthorize("hasRole('CRO')")
class DeliveryController {

	private final MarkerNotifications notifications;

	DeliveryController(MarkerNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	List<DeliveryView> log(@RequestParam(required = false) DeliveryStatus status) {
		return this.notifications.log(status).stream().map(DeliveryView::of).toList();
	}

	/** Puts a FAILED (parked) delivery back to PENDING, to be sent at once. */
	@PostMapping("/{id}/redrive")
	DeliveryView redrive(@PathVariable UUID id) {
		return DeliveryView.of(this.notifications.redrive(id));
	}

}
