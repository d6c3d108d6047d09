package uk.gov.cheltenham.psr.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the tests move forward; each test starts from the real today. Time stands still
 * between moves, so time rules are tested without sleeping.
 */
final class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	void moveTo(LocalDate day) {
		this.now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	void reset() {
		this.now = Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
