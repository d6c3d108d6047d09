package uk.gov.cheltenham.psr.incident.disclosure;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.contact.ContactDetailsIntake;
import uk.gov.cheltenham.psr.incident.contact.ContactDetailsUpdate;
import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IncidentIntake;

/**
 * Hands an incident's customer details, or a registered customer's reported new contact
 * details (I8), to the one service whose purpose needs them, and logs each disclosure in
 * the same transaction (D1, D2, D3).
 */
@Service
public class CustomerDisclosures {

	/** Recipient service → the purpose it is allowed the customer details for. */
	static final Map<String, String> ALLOWED_RECIPIENTS = Map.of("register-service", "R2 register entry");

	/** The same recipient keeps a registered customer's contact details up to date. */
	static final String CONTACT_DETAILS_PURPOSE = "I8 register entry contact details";

	private final IncidentIntake intake;

	private final ContactDetailsIntake contactDetails;

	private final DisclosureLog log;

	private final Clock clock;

	private final PersonalDataAudit audit;

	CustomerDisclosures(IncidentIntake intake, ContactDetailsIntake contactDetails, DisclosureLog log, Clock clock,
			PersonalDataAudit audit) {
		this.audit = audit;
		this.intake = intake;
		this.contactDetails = contactDetails;
		this.log = log;
		this.clock = clock;
	}

	public static boolean mayReceive(String recipient) {
		return recipient != null && ALLOWED_RECIPIENTS.containsKey(recipient);
	}

	/**
	 * Logs the disclosure and returns the incident whose customer details the recipient
	 * may now be given; the web adapter answers with the shared contract.
	 * @throws NotAllowedRecipient if the recipient's purpose does not allow these details
	 */
	@Transactional
	public Incident disclose(UUID incidentId, String recipient) {
		requireAllowed(recipient);
		Incident incident = this.intake.find(incidentId);
		this.log.save(
				Disclosure.ofIncident(recipient, incidentId, ALLOWED_RECIPIENTS.get(recipient), this.clock.instant()));
		this.audit.disclosed(recipient, PersonalDataAudit.INCIDENT, incidentId, ALLOWED_RECIPIENTS.get(recipient),
				"customerName,customerReferences,incidentType,occurredAt,serviceArea");
		return incident;
	}

	/**
	 * Logs the disclosure and returns the reported contact-details update (I8).
	 * @throws NotAllowedRecipient if the recipient's purpose does not allow these details
	 */
	@Transactional
	public ContactDetailsUpdate discloseContactDetails(UUID updateId, String recipient) {
		requireAllowed(recipient);
		ContactDetailsUpdate update = this.contactDetails.find(updateId);
		this.log.save(
				Disclosure.ofContactDetailsUpdate(recipient, updateId, CONTACT_DETAILS_PURPOSE, this.clock.instant()));
		this.audit.disclosed(recipient, PersonalDataAudit.CONTACT_DETAILS_UPDATE, updateId, CONTACT_DETAILS_PURPOSE,
				"address,postcode,phone,email,customerReference");
		return update;
	}

	private static void requireAllowed(String recipient) {
		if (!mayReceive(recipient)) {
			throw new NotAllowedRecipient();
		}
	}

	/** The calling service has no purpose that allows these details. */
	public static class NotAllowedRecipient extends RuntimeException {

	}

}
