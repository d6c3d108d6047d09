package uk.gov.cheltenham.psr.partnersync.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature.SignedCall;
import uk.gov.cheltenham.psr.partnersync.agreement.SignatureRefused;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * Application service for updates from CBH (P2, P3): a call must be signed with the
 * agreement's inbound secret and recent, so an old call replayed is refused; the first
 * delivery under a key is recorded and announced; a true repeat is answered with that
 * first receipt and records nothing; the same key with other content is refused. Every
 * refusal is logged with the agreement's reference, never with the content. Each receipt
 * is recorded in the audit trail (D3, P3) with the agreement's reference.
 */
public class InboundPartnerUpdates {

	private static final Logger log = LoggerFactory.getLogger(InboundPartnerUpdates.class);

	private final PartnerUpdateReceipts receipts;

	private final ReceiptAnnouncements announcements;

	private final DataSharingAgreement agreement;

	private final PartnerSignature signature;

	private final Duration maxClockSkew;

	private final Clock clock;

	private final AuditTrail trail;

	public InboundPartnerUpdates(PartnerUpdateReceipts receipts, ReceiptAnnouncements announcements,
			DataSharingAgreement agreement, PartnerSignature signature, Duration maxClockSkew, Clock clock,
			AuditTrail trail) {
		this.receipts = receipts;
		this.announcements = announcements;
		this.agreement = agreement;
		this.signature = signature;
		this.maxClockSkew = maxClockSkew;
		this.clock = clock;
		this.trail = trail;
	}

	/** The outcome of a delivery: the receipt, and whether it was a repeat. */
	public record Received(PartnerUpdateReceipt receipt, boolean replay) {

	}

	/**
	 * Checks that a call was signed by CBH with the inbound secret, and recently (P2).
	 * @param call the call as received
	 * @param client the authenticated partner client
	 * @throws SignatureRefused if it was not, logged with the agreement's reference
	 */
	public void authenticate(SignedCall call, String client) {
		try {
			this.signature.verify(call, this.clock.instant(), this.maxClockSkew);
		}
		catch (SignatureRefused ex) {
			log.warn("Refused a call from partner client {} under {}: {}", client, this.agreement.reference(),
					ex.getMessage());
			throw ex;
		}
	}

	/** Logs a call refused as malformed, naming the field but never its content. */
	public void refusedMalformed(String client, String field) {
		log.warn("Refused a malformed update from partner client {} under {}: field {}", client,
				this.agreement.reference(), field);
	}

	@Transactional
	public Received receive(String idempotencyKey, PartnerChangeKind changeKind, String partnerReference,
			String summary, String receivedBy) {
		Optional<PartnerUpdateReceipt> first = (idempotencyKey != null)
				? this.receipts.findByIdempotencyKey(idempotencyKey) : Optional.empty();
		if (first.isPresent()) {
			try {
				first.get().checkRepeatOf(changeKind, partnerReference, summary);
			}
			catch (RuleViolation ex) {
				log.warn("Refused a different update from partner client {} under {} with the key of receipt {}",
						receivedBy, this.agreement.reference(), first.get().id());
				throw ex;
			}
			log.info("Repeated partner update answered with receipt {} under {}", first.get().id(),
					first.get().agreementReference());
			return new Received(first.get(), true);
		}
		PartnerUpdateReceipt receipt = PartnerUpdateReceipt.accept(this.agreement, idempotencyKey, changeKind,
				partnerReference, summary, receivedBy, this.clock.instant());
		this.receipts.save(receipt);
		this.announcements.received(receipt);
		this.trail.record(receivedBy, Roles.CBH_PARTNER, "RECEIVE", "partner-update-receipt", receipt.id().toString(),
				"data sharing with CBH", "agreement=" + receipt.agreementReference() + ";change=" + receipt.changeKind()
						+ ";fields=" + String.join(",", receipt.fieldsReceived()));
		log.info("Received partner update {} ({}) under {}", receipt.id(), receipt.changeKind(),
				receipt.agreementReference());
		return new Received(receipt, false);
	}

}
