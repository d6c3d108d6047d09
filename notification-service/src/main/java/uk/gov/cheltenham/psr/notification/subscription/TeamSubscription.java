package uk.gov.cheltenham.psr.notification.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A team's subscription to marker notifications (M3): the team's ICT/admin mailbox and an
 * optional webhook (stored now, delivered by a later issue). A team may have several.
 */
@Entity
@Table(name = "team_subscription")
public class TeamSubscription {

	@Id
	private UUID id;

	@Version
	private Long version;

	private String team;

	private String email;

	private String webhookUrl;

	private boolean active;

	private Instant createdAt;

	private String createdBy;

	protected TeamSubscription() {
		// for JPA
	}

	private TeamSubscription(String team, String email, String webhookUrl, boolean active, String createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.team = team;
		this.email = email;
		this.webhookUrl = webhookUrl;
		this.active = active;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Subscribes a team's mailbox.
	 * @throws RuleViolation if the webhook is not HTTPS: a customer reference must not
	 * cross the network in plain text (D1)
	 */
	public static TeamSubscription subscribe(String team, String email, URI webhookUrl, boolean active,
			String createdBy, Instant now) {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(createdBy, "createdBy");
		if (webhookUrl != null && !"https".equalsIgnoreCase(webhookUrl.getScheme())) {
			throw new RuleViolation("D1", "A team webhook must use HTTPS");
		}
		return new TeamSubscription(normaliseTeam(team), email.strip().toLowerCase(Locale.ROOT),
				(webhookUrl != null) ? webhookUrl.toString() : null, active, createdBy, now);
	}

	/**
	 * The one spelling of a team name, so that "Housing" in a request and "housing" in a
	 * marker event meet.
	 */
	public static String normaliseTeam(String team) {
		Objects.requireNonNull(team, "team");
		return team.strip().toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return this.id;
	}

	public String team() {
		return this.team;
	}

	public String email() {
		return this.email;
	}

	public String webhookUrl() {
		return this.webhookUrl;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

}
