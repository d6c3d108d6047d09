package uk.gov.cheltenham.psr.incident.contact;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.entry.RegisterEntries;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/** Application service: contact-details updates, each stored with its event (I8). */
@Service
public class ContactDetailsIntake {

	private final ContactDetailsUpdates updates;

	private final RegisterEntries registerEntries;

	private final Clock clock;

	private final PersonalDataAudit audit;

	ContactDetailsIntake(ContactDetailsUpdates updates, RegisterEntries registerEntries, Clock clock,
			PersonalDataAudit audit) {
		this.audit = audit;
		this.updates = updates;
		this.registerEntries = registerEntries;
		this.clock = clock;
	}

	@Transactional
	public ContactDetailsUpdate report(ContactDetailsDraft draft, String reportedBy) {
		ContactDetailsUpdate update = this.updates.save(ContactDetailsUpdate.report(draft, reportedBy,
				this.clock.instant(), this.registerEntries::isOnRegister));
		this.audit.changed("CREATE", PersonalDataAudit.CONTACT_DETAILS_UPDATE, update.id(), "I8 contact-details update",
				null);
		return update;
	}

	@Transactional(readOnly = true)
	public ContactDetailsUpdate find(UUID updateId) {
		return this.updates.findById(updateId).orElseThrow(() -> new NotFound("Contact-details update " + updateId));
	}

}
