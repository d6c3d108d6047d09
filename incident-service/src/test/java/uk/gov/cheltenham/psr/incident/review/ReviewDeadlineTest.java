package uk.gov.cheltenham.psr.incident.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

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
				assertThat(ReviewDeadline.workingDaysAfter(from, to)).isEqualTo(expected);
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
	@DisplayName("I11: the number of working days must be positive")
	void positive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDeadline(0));
	}

}
