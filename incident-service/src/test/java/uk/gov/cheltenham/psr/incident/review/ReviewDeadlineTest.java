package uk.gov.cheltenham.psr.incident.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReviewDeadlineTest {

	private final ReviewDeadline fiveWorkingDays = new ReviewDeadline(5);

	@Test
	@DisplayName("I11: exactly five working days is on time, the sixth is overdue")
	void exactBoundary() {
		Instant mondayReport = Instant.parse("2026-11-23T10:00:00Z");
		assertThat(this.fiveWorkingDays.workingDaysWaiting(mondayReport, Instant.parse("2026-11-30T17:00:00Z")))
			.isEqualTo(5);
		assertThat(this.fiveWorkingDays.isOverdue(mondayReport, Instant.parse("2026-11-30T23:59:00Z"))).isFalse();
		assertThat(this.fiveWorkingDays.isOverdue(mondayReport, Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
		assertThat(this.fiveWorkingDays.reviewDueBy(mondayReport)).isEqualTo(LocalDate.parse("2026-11-30"));
	}

	@Test
	@DisplayName("I11: weekends do not count")
	void weekendsDoNotCount() {
		Instant fridayReport = Instant.parse("2026-11-27T16:00:00Z");
		assertThat(this.fiveWorkingDays.workingDaysWaiting(fridayReport, Instant.parse("2026-11-30T09:00:00Z")))
			.isEqualTo(1);
		assertThat(this.fiveWorkingDays.reviewDueBy(fridayReport)).isEqualTo(LocalDate.parse("2026-12-04"));
		assertThat(this.fiveWorkingDays.isOverdue(fridayReport, Instant.parse("2026-12-06T12:00:00Z"))).isFalse();
		assertThat(this.fiveWorkingDays.isOverdue(fridayReport, Instant.parse("2026-12-07T09:00:00Z"))).isTrue();

		Instant saturdayReport = Instant.parse("2026-11-28T11:00:00Z");
		assertThat(this.fiveWorkingDays.workingDaysWaiting(saturdayReport, Instant.parse("2026-11-29T11:00:00Z")))
			.isZero();
		assertThat(this.fiveWorkingDays.reviewDueBy(saturdayReport)).isEqualTo(LocalDate.parse("2026-12-04"));
		assertThat(this.fiveWorkingDays.isOverdue(saturdayReport, Instant.parse("2026-12-06T11:00:00Z"))).isFalse();
		assertThat(this.fiveWorkingDays.isOverdue(saturdayReport, Instant.parse("2026-12-07T11:00:00Z"))).isTrue();
	}

	@Test
	@DisplayName("I11: days are the council's (Europe/London), so a late-night summer report counts from the next day")
	void councilTimeZone() {
		// 23:30 UTC on Sunday is 00:30 BST on Monday
		Instant report = Instant.parse("2026-06-07T23:30:00Z");
		assertThat(this.fiveWorkingDays.reviewDueBy(report)).isEqualTo(LocalDate.parse("2026-06-15"));
		assertThat(this.fiveWorkingDays.isOverdue(report, Instant.parse("2026-06-15T22:00:00Z"))).isFalse();
		assertThat(this.fiveWorkingDays.isOverdue(report, Instant.parse("2026-06-15T23:30:00Z"))).isTrue();
	}

	@Test
	@DisplayName("I11: the week-at-a-time count equals a day-by-day count, and the query cut-off never hides an overdue incident")
	void agreesWithDayByDayCount() {
		LocalDate start = LocalDate.parse("2026-01-01");
		for (int offset = 0; offset < 14; offset++) {
			LocalDate from = start.plusDays(offset);
			for (int span = 0; span < 60; span++) {
				LocalDate to = from.plusDays(span);
				long expected = from.datesUntil(to.plusDays(1))
					.skip(1)
					.filter((day) -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
					.count();
				assertThat(ReviewDeadline.weekdaysAfter(from, to)).isEqualTo(expected);
			}
		}
		for (int n = 1; n <= 10; n++) {
			ReviewDeadline deadline = new ReviewDeadline(n);
			Instant now = Instant.parse("2026-03-30T00:10:00Z");
			for (int hours = 0; hours < 24 * 30; hours++) {
				Instant reported = now.minusSeconds(3600L * hours);
				if (deadline.isOverdue(reported, now)) {
					assertThat(reported).isBefore(deadline.overdueCandidatesReportedBefore(now));
				}
			}
		}
	}

	@Test
	@DisplayName("I11: bank holidays are not working days (Christmas and New Year 2026/27 in England and Wales)")
	void bankHolidaysDoNotCount() {
		ReviewDeadline withHolidays = new ReviewDeadline(5, defaultBankHolidays());
		Instant tuesdayBeforeChristmas = Instant.parse("2026-12-22T10:00:00Z");
		// 23, 24, 29, 30, 31 December: Christmas Day, the Boxing Day substitute and New
		// Year's Day do not count
		assertThat(withHolidays.reviewDueBy(tuesdayBeforeChristmas)).isEqualTo(LocalDate.parse("2026-12-31"));
		assertThat(withHolidays.workingDaysWaiting(tuesdayBeforeChristmas, Instant.parse("2027-01-01T12:00:00Z")))
			.isEqualTo(5);
		assertThat(withHolidays.isOverdue(tuesdayBeforeChristmas, Instant.parse("2027-01-03T23:00:00Z"))).isFalse();
		assertThat(withHolidays.isOverdue(tuesdayBeforeChristmas, Instant.parse("2027-01-04T09:00:00Z"))).isTrue();
		assertThat(withHolidays.workingDaysWaiting(tuesdayBeforeChristmas, Instant.parse("2027-01-04T09:00:00Z")))
			.isEqualTo(6);
		assertThat(this.fiveWorkingDays.reviewDueBy(tuesdayBeforeChristmas)).isEqualTo(LocalDate.parse("2026-12-29"));
		// a holiday on a weekend changes nothing
		ReviewDeadline saturdayHoliday = new ReviewDeadline(5, List.of(LocalDate.parse("2026-11-28")));
		assertThat(saturdayHoliday.workingDaysWaiting(Instant.parse("2026-11-27T10:00:00Z"),
				Instant.parse("2026-11-30T10:00:00Z")))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("I11: with bank holidays the count equals a day-by-day count, and the query cut-off never hides an overdue incident")
	void bankHolidaysAgreeWithDayByDayCount() {
		Set<LocalDate> holidays = defaultBankHolidays();
		ReviewDeadline deadline = new ReviewDeadline(5, holidays);
		LocalDate start = LocalDate.parse("2026-03-20");
		for (int offset = 0; offset < 300; offset += 3) {
			LocalDate from = start.plusDays(offset);
			for (int span = 0; span < 40; span++) {
				LocalDate to = from.plusDays(span);
				long expected = from.datesUntil(to.plusDays(1))
					.skip(1)
					.filter((day) -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
					.filter((day) -> !holidays.contains(day))
					.count();
				assertThat(deadline.workingDaysAfter(from, to)).as("%s..%s", from, to).isEqualTo(expected);
			}
		}
		Instant now = Instant.parse("2027-01-05T00:10:00Z");
		for (int hours = 0; hours < 24 * 30; hours++) {
			Instant reported = now.minusSeconds(3600L * hours);
			if (deadline.isOverdue(reported, now)) {
				assertThat(reported).isBefore(deadline.overdueCandidatesReportedBefore(now));
			}
		}
	}

	@Test
	@DisplayName("I11: the configured default is the 16 published England and Wales bank holidays of 2026 and 2027, all weekdays")
	void defaultBankHolidaysAreWeekdays() {
		Set<LocalDate> holidays = defaultBankHolidays();
		assertThat(holidays).hasSize(16)
			.allSatisfy((day) -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
			.contains(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-03-29"),
					LocalDate.parse("2027-12-27"));
	}

	/** The default of {@code psr.review.bank-holidays} in application.yml. */
	static Set<LocalDate> defaultBankHolidays() {
		try (InputStream yml = ReviewDeadlineTest.class.getResourceAsStream("/application.yml")) {
			String text = new String(yml.readAllBytes(), StandardCharsets.UTF_8);
			Matcher matcher = Pattern.compile("bank-holidays: \\$\\{PSR_BANK_HOLIDAYS:([0-9,-]+)}").matcher(text);
			assertThat(matcher.find()).as("psr.review.bank-holidays default in application.yml").isTrue();
			return Arrays.stream(matcher.group(1).split(",")).map(LocalDate::parse).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	@DisplayName("I11: the number of working days must be positive")
	void positive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDeadline(0));
	}

}
