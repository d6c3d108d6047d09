package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends the updates that are due (P1), each in its own transaction that holds the row
 * locked: the values are read from the register, the message handed to the partner's
 * channel, and the attempt's outcome, with on success the {@code PartnerUpdateSent}
 * announcement, commit together. Should the commit fail after the partner accepted the
 * message, it is sent again with the same update id, which the partner uses to drop the
 * copy. Run by the platform's polling worker, never from a Kafka handler, so the register
 * is only ever read here, at the time of sending.
 * <p>
 * Each disclosure is recorded in the audit trail (D3, P3) with the agreement's reference,
 * in the same transaction: the trail is the log of what went to the partner, and
 * {@code outbound_update} only the work list and its outcome.
 */
public class PartnerUpdateSender {

	private static final Logger log = LoggerFactory.getLogger(PartnerUpdateSender.class);

	/** The discloser: this service, sending on the council's behalf. */
	private static final String SENDER = "partner-sync-service";

	private final OutboundUpdates updates;

	private final EntryRegister register;

	private final PartnerChannel channel;

	private final DisclosureAnnouncements announcements;

	private final RetryPolicy retries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AuditTrail trail;

	public PartnerUpdateSender(OutboundUpdates updates, EntryRegister register, PartnerChannel channel,
			DisclosureAnnouncements announcements, RetryPolicy retries, TransactionTemplate transactions, Clock clock,
			AuditTrail trail) {
		this.updates = updates;
		this.register = register;
		this.channel = channel;
		this.announcements = announcements;
		this.retries = retries;
		this.transactions = transactions;
		this.clock = clock;
		this.trail = trail;
	}

	/** Tries every update that is due once. */
	public void sendDue() {
		for (UUID id : this.updates.findIdsByStatusDueBy(DeliveryStatus.PENDING, this.clock.instant())) {
			this.transactions.executeWithoutResult((status) -> sendOne(id));
		}
	}

	private void sendOne(UUID id) {
		OutboundUpdate update = this.updates.findForDelivery(id).orElse(null);
		// another sender may have got there first
		if (update == null || !update.isDue(this.clock.instant())) {
			return;
		}
		if (update.deliverVia(this.channel, this.register, this.clock.instant(), this.retries)) {
			this.announcements.sent(update);
			this.trail.record(SENDER, Roles.SERVICE, "DISCLOSE", "entry", update.entryId().toString(),
					"data sharing with CBH", "agreement=" + update.agreementReference() + ";update=" + update.id()
							+ ";kind=" + update.kind() + ";fields=" + String.join(",", update.disclosedFields()));
			log.info("Sent {} {} under {} (fields {})", update.kind(), update.id(), update.agreementReference(),
					update.disclosedFields());
		}
		else {
			log.warn("Delivery of {} under {} not done (attempt {}, now {}): {}", update.id(),
					update.agreementReference(), update.attempts(), update.status(), update.lastError());
		}
	}

}
