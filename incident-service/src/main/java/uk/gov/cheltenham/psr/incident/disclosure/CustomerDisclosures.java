package uk.gov.cheltenham.psr.incident.disclosure;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IncidentIntake;

/**
 * Hands an incident's customer details to the one service whose purpose needs them, and
 * logs each disclosure in the same transaction (D1, D2, D3).
 */
@Service
public class CustomerDisclosures {

	/** Recipient service → the purpose it is allowed the customer details for. */
	static final Map<String, String> ALLOWED_RECIPIENTS = Map.of("register-service", "R2 register entry");

	private final IncidentIntake intake;

	private final DisclosureLog log;

	private final Clock clock;

	CustomerDisclosures(IncidentIntake intake, DisclosureLog log, Clock clock) {
		this.intake = intake;
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
		if (!mayReceive(recipient)) {
			throw new NotAllowedRecipient();
		}
		Incident incident = this.intake.find(incidentId);
		this.log.save(new Disclosure(recipient, incidentId, ALLOWED_RECIPIENTS.get(recipient), this.clock.instant()));
		return incident;
	}

	/** The calling service has no purpose that allows these details. */
	public static class NotAllowedRecipient extends RuntimeException {

	}

}
