package uk.gov.cheltenham.psr.incident.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * I11: an incident awaiting review longer than a configured number of working days is
 * overdue. Working days are Monday to Friday in the council's time zone, except the
 * configured bank holidays.
 */
public final class ReviewDeadline {

	/** Days are counted as the council's staff see them. */
	public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

	private final int overdueAfterWorkingDays;

	/** Only those falling on a weekday, which are the only ones that change a count. */
	private final NavigableSet<LocalDate> weekdayHolidays;

	public ReviewDeadline(int overdueAfterWorkingDays, Collection<LocalDate> bankHolidays) {
		if (overdueAfterWorkingDays < 1) {
			throw new IllegalArgumentException("overdue-after-working-days must be at least 1");
		}
		this.overdueAfterWorkingDays = overdueAfterWorkingDays;
		this.weekdayHolidays = Collections.unmodifiableNavigableSet(
				bankHolidays.stream().filter(ReviewDeadline::isWeekday).collect(Collectors.toCollection(TreeSet::new)));
	}

	/** Without bank holidays: every weekday is a working day. */
	public ReviewDeadline(int overdueAfterWorkingDays) {
		this(overdueAfterWorkingDays, List.of());
	}

	/**
	 * Working days that have begun since the report: the day of the report does not
	 * count, today does.
	 */
	public long workingDaysWaiting(Instant reportedAt, Instant now) {
		return workingDaysAfter(localDate(reportedAt), localDate(now));
	}

	/** Working days in the interval (from, to]. */
	long workingDaysAfter(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		return weekdaysAfter(from, to) - this.weekdayHolidays.subSet(from, false, to, true).size();
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
	 * least N calendar days, bank holidays only adding to them; one day of slack covers
	 * clock changes), so a query can narrow the candidates before the exact count.
	 */
	public Instant overdueCandidatesReportedBefore(Instant now) {
		return now.minus(Duration.ofDays(this.overdueAfterWorkingDays - 1L));
	}

	/** Weekdays in the interval (from, to], a week at a time. */
	static long weekdaysAfter(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(from, to);
		long weeks = days / 7;
		long count = weeks * 5;
		LocalDate day = from.plusDays(weeks * 7);
		while (day.isBefore(to)) {
			day = day.plusDays(1);
			if (isWeekday(day)) {
				count++;
			}
		}
		return count;
	}

	boolean isWorkingDay(LocalDate day) {
		return isWeekday(day) && !this.weekdayHolidays.contains(day);
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static LocalDate localDate(Instant instant) {
		return instant.atZone(COUNCIL_ZONE).toLocalDate();
	}

}
