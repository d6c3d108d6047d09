package uk.gov.cheltenham.psr.notification.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.notification.reminder.ReminderJob;
import uk.gov.cheltenham.psr.notification.reminder.ReminderMailboxes;
import uk.gov.cheltenham.psr.notification.reminder.ReminderPolicy;
import uk.gov.cheltenham.psr.notification.reminder.StaffRole;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Reminders (M4) from {@code psr.reminders}: the day counts, the Governance Group's
 * meeting dates, each role's mailbox, and the worker that runs the reminder job. Bad
 * values stop the service at startup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderConfiguration.ReminderProperties.class)
class ReminderConfiguration {

	@Bean
	ReminderPolicy reminderPolicy(ReminderProperties properties) {
		return new ReminderPolicy(properties.reviewDueWithinDays(), properties.appealWaitingDays(),
				properties.incidentReviewWorkingDays(), properties.agendaDaysBeforeMeeting(),
				meetings(properties.governanceMeetings()));
	}

	@Bean
	ReminderMailboxes reminderMailboxes(ReminderProperties properties) {
		return new ReminderMailboxes((properties.mailboxes() != null) ? properties.mailboxes() : Map.of());
	}

	@Bean
	PollingWorker reminderWorker(ReminderJob job, ReminderProperties properties) {
		return new PollingWorker("reminders", properties.pollInterval(), job::run);
	}

	private static List<LocalDate> meetings(List<String> dates) {
		if (dates == null) {
			return List.of();
		}
		return dates.stream().filter((date) -> !date.isBlank()).map((date) -> {
			try {
				return LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(
						"psr.reminders.governance-meetings: '" + date + "' is not an ISO date (yyyy-mm-dd)");
			}
		}).toList();
	}

	/**
	 * @param pollInterval how often the job looks; what is due is decided by the day
	 * @param governanceMeetings ISO dates of the quarterly meetings
	 * @param mailboxes each role's shared mailbox
	 */
	@ConfigurationProperties("psr.reminders")
	record ReminderProperties(Duration pollInterval, int reviewDueWithinDays, int appealWaitingDays,
			int incidentReviewWorkingDays, int agendaDaysBeforeMeeting, List<String> governanceMeetings,
			Map<StaffRole, String> mailboxes) {
	}

}
