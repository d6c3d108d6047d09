package uk.gov.cheltenham.psr.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in the integration tests: real time shifted by an offset the
 * tests move, so that time rules are tested without sleeping while retries and timeouts
 * (which need time to pass) still work. Each test that moves it resets it afterwards.
 */
public final class MovableClock extends Clock {

	private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

	private volatile Duration offset = Duration.ZERO;

	/**
	 * Moves to {@code time} (council time) on {@code day}; time keeps running from there.
	 */
	public void moveTo(LocalDate day, LocalTime time) {
		this.offset = Duration.between(Instant.now(), day.atTime(time).atZone(COUNCIL_ZONE).toInstant());
	}

	/** Moves to 10:00 council time on {@code day}. */
	public void moveTo(LocalDate day) {
		moveTo(day, LocalTime.of(10, 0));
	}

	public void reset() {
		this.offset = Duration.ZERO;
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
		return Instant.now().plus(this.offset);
	}

}
