package uk.gov.cheltenham.psr.notification.subscription;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A team's subscription to marker notifications (M3): the team's ICT/admin mailbox and an
 * optional webhook. A subscription with a webhook gets a secret of its own, generated
 * here, with which every call to the webhook is signed. A team may have several
 * subscriptions.
 * <p>
 * The secret is kept encrypted at rest (AES-GCM, {@link WebhookSecretConverter}); in
 * memory it is plain, because the sender needs it to sign.
 */
@Entity
@Table(name = "team_subscription")
public class TeamSubscription {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private UUID id;

	@Version
	private Long version;

	private String team;

	private String email;

	private String webhookUrl;

	@Convert(converter = WebhookSecretConverter.class)
	private String webhookSecret;

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
		this.webhookSecret = (webhookUrl != null) ? newSecret() : null;
		this.active = active;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Subscribes a team's mailbox, and its webhook if given, under the production policy
	 * (HTTPS only).
	 * @throws RuleViolation if the webhook is not HTTPS
	 */
	public static TeamSubscription subscribe(String team, String email, URI webhookUrl, boolean active,
			String createdBy, Instant now) {
		return subscribe(team, email, webhookUrl, active, createdBy, now, WebhookUrlPolicy.HTTPS_ONLY);
	}

	/**
	 * Subscribes a team's mailbox, and its webhook if given.
	 * @throws RuleViolation if {@code policy} does not permit the webhook: a customer
	 * reference must not cross the network in plain text (D1)
	 */
	public static TeamSubscription subscribe(String team, String email, URI webhookUrl, boolean active,
			String createdBy, Instant now, WebhookUrlPolicy policy) {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(createdBy, "createdBy");
		if (webhookUrl != null && !policy.permits(webhookUrl)) {
			throw new RuleViolation("D1", "A team webhook must use HTTPS");
		}
		return new TeamSubscription(normaliseTeam(team), email.strip().toLowerCase(Locale.ROOT),
				(webhookUrl != null) ? webhookUrl.toString() : null, active, createdBy, now);
	}

	/** 256 random bits, hex: long enough that it cannot be guessed from signatures. */
	private static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return HexFormat.of().formatHex(secret);
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

	/**
	 * The key webhook calls are signed with, or null without a webhook. Shown to the CRO
	 * once, in the answer to the subscription; never listed or logged.
	 */
	public String webhookSecret() {
		return this.webhookSecret;
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
