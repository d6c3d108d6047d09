package uk.gov.cheltenham.psr.notification.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides, with the injected clock, which reminders are due today and raises each one not
 * raised before. Run by a polling worker (see {@code config/ReminderConfiguration});
 * running it twice, or on two instances at once, raises nothing twice.
 */
@Component
public class ReminderJob {

	private static final Logger logger = LoggerFactory.getLogger(ReminderJob.class);

	private final Reminders reminders;

	public ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	/**
	 * Raises every reminder due today that was not raised before.
	 * @return how many were raised now
	 */
	public int run() {
		int raised = 0;
		for (ReminderOccasion occasion : this.reminders.dueOn(this.reminders.today())) {
			if (this.reminders.raise(occasion)) {
				// kind and subject id only: the text stays in the database
				logger.info("Reminder {} raised for {} (due {})", occasion.kind(), occasion.subjectId(),
						occasion.dueDate());
				raised++;
			}
		}
		return raised;
	}

}
