package uk.gov.cheltenham.psr.incident.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * I11: an incident awaiting review longer than a configured number of working days is
 * overdue. Working days are Monday to Friday in the council's time zone; bank holidays
 * are not yet taken into account (they would make fewer days count, never more).
 */
public final class ReviewDeadline {

	/** Days are counted as the council's staff see them. */
	public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

	private final int overdueAfterWorkingDays;

	public ReviewDeadline(int overdueAfterWorkingDays) {
		if (overdueAfterWorkingDays < 1) {
			throw new IllegalArgumentException("overdue-after-working-days must be at least 1");
		}
		this.overdueAfterWorkingDays = overdueAfterWorkingDays;
	}

	/**
	 * Working days that have begun since the report: the day of the report does not
	 * count, today does.
	 */
	public long workingDaysWaiting(Instant reportedAt, Instant now) {
		return workingDaysAfter(localDate(reportedAt), localDate(now));
	}

	public boolean isOverdue(Instant reportedAt, Instant now) {
		return workingDaysWaiting(reportedAt, now) > this.overdueAfterWorkingDays;
	}

	/** The last day on which a review is still on time. */
	public LocalDate reviewDueBy(Instant reportedAt) {
		LocalDate day = localDate(reportedAt);
		int remaining = this.overdueAfterWorkingDays;
		while (remaining > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

	/**
	 * Every overdue incident was reported before this instant (N working days span at
	 * least N calendar days; one day of slack covers clock changes), so a query can
	 * narrow the candidates before the exact count.
	 */
	public Instant overdueCandidatesReportedBefore(Instant now) {
		return now.minus(Duration.ofDays(this.overdueAfterWorkingDays - 1L));
	}

	/** Working days in the interval (from, to]. */
	static long workingDaysAfter(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(from, to);
		long weeks = days / 7;
		long count = weeks * 5;
		LocalDate day = from.plusDays(weeks * 7);
		while (day.isBefore(to)) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static LocalDate localDate(Instant instant) {
		return instant.atZone(COUNCIL_ZONE).toLocalDate();
	}

}
