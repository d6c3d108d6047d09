package uk.gov.cheltenham.psr.incident.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.incident.review.ReviewDeadline;

/**
 * I11: when a review is overdue, from {@code psr.review.overdue-after-working-days} and
 * the bank holidays in {@code psr.review.bank-holidays} (ISO dates, comma-separated).
 */
@Configuration(proxyBeanMethods = false)
class ReviewDeadlineConfiguration {

	@Bean
	ReviewDeadline reviewDeadline(@Value("${psr.review.overdue-after-working-days}") int overdueAfterWorkingDays,
			@Value("${psr.review.bank-holidays:}") List<String> bankHolidays) {
		return new ReviewDeadline(overdueAfterWorkingDays,
				bankHolidays.stream()
					.map(String::strip)
					.filter((day) -> !day.isEmpty())
					.map(ReviewDeadlineConfiguration::parse)
					.toList());
	}

	private static LocalDate parse(String day) {
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("psr.review.bank-holidays: '" + day + "' is not a date like 2026-12-25",
					ex);
		}
	}

}
