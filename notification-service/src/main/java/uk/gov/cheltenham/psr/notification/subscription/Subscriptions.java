package uk.gov.cheltenham.psr.notification.subscription;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/** Application service: the CRO's administration of team subscriptions (M3). */
@Service
public class Subscriptions {

	private final TeamSubscriptions subscriptions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WebhookUrlPolicy webhookUrlPolicy;

	public Subscriptions(TeamSubscriptions subscriptions, ApplicationEventPublisher events, Clock clock,
			WebhookUrlPolicy webhookUrlPolicy) {
		this.subscriptions = subscriptions;
		this.events = events;
		this.clock = clock;
		this.webhookUrlPolicy = webhookUrlPolicy;
	}

	@Transactional(readOnly = true)
	public List<TeamSubscription> all() {
		return this.subscriptions.findAllByOrderByTeamAscCreatedAtAsc();
	}

	/**
	 * Subscribes a team's mailbox, and its webhook if given (with a new signing secret).
	 * @throws RuleViolation if the team already has this mailbox, or the webhook is not
	 * HTTPS
	 */
	@Transactional
	public TeamSubscription subscribe(NewSubscription request, String createdBy) {
		TeamSubscription subscription = TeamSubscription.subscribe(request.team(), request.email(),
				request.webhookUrl(), request.active(), createdBy, this.clock.instant(), this.webhookUrlPolicy);
		if (this.subscriptions.existsByTeamAndEmail(subscription.team(), subscription.email())) {
			throw new RuleViolation("M3",
					"Team " + subscription.team() + " already has a subscription for that mailbox");
		}
		return this.subscriptions.save(subscription);
	}

	/** Removes a subscription; notifications still waiting for it are cancelled. */
	@Transactional
	public void remove(UUID subscriptionId) {
		TeamSubscription subscription = this.subscriptions.findById(subscriptionId)
			.orElseThrow(() -> new NotFound("Subscription " + subscriptionId));
		this.subscriptions.delete(subscription);
		this.events.publishEvent(new SubscriptionRemoved(subscriptionId));
	}

	@Transactional(readOnly = true)
	public Optional<TeamSubscription> find(UUID subscriptionId) {
		return this.subscriptions.findById(subscriptionId);
	}

	/** The active subscriptions of a team, however the team name is spelt. */
	@Transactional(readOnly = true)
	public List<TeamSubscription> activeFor(String team) {
		return this.subscriptions.findByTeamAndActiveTrue(TeamSubscription.normaliseTeam(team));
	}

}
