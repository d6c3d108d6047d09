package uk.gov.cheltenham.psr.register.messaging;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.events.AppealDecided;
import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryReviewed;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;
import uk.gov.cheltenham.psr.register.appeal.AppealEvents;
import uk.gov.cheltenham.psr.register.review.ReviewEvents;

/**
 * Maps review and appeal domain events (R9, R11) to published contracts, in the
 * transaction that saves them (the outbox publishes after commit). Their letters travel
 * as entry LetterRequested events through {@link RegisterEventPublisher}.
 */
@Component
class LifecycleEventPublisher {

	private final Outbox outbox;

	private final Clock clock;

	LifecycleEventPublisher(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(ReviewEvents.Recorded recorded) {
		this.outbox.publish(new EntryReviewed(UUID.randomUUID(), this.clock.instant(), recorded.entryId(),
				recorded.outcome().name(), recorded.nextReviewDue()));
	}

	@EventListener
	void on(AppealEvents.Lodged lodged) {
		this.outbox
			.publish(new AppealLodged(UUID.randomUUID(), this.clock.instant(), lodged.entryId(), lodged.appealId()));
	}

	@EventListener
	void on(AppealEvents.Decided decided) {
		this.outbox.publish(new AppealDecided(UUID.randomUUID(), this.clock.instant(), decided.entryId(),
				decided.appealId(), decided.decision().name()));
	}

}
