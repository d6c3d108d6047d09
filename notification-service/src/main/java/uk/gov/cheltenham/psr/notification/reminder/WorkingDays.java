package uk.gov.cheltenham.psr.notification.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday, as incident-service counts them for I11. Bank holidays are not taken
 * into account (they would delay a reminder, never bring it forward).
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The {@code n}th working day after {@code day}. */
	static LocalDate after(LocalDate day, int n) {
		LocalDate result = day;
		int remaining = n;
		while (remaining > 0) {
			result = result.plusDays(1);
			if (isWorkingDay(result)) {
				remaining--;
			}
		}
		return result;
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
