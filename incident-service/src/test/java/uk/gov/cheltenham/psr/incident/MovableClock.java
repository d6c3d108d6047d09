package uk.gov.cheltenham.psr.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: real time until a test sets it, so time
 * rules (I11) are tested without sleeping; {@link #reset()} returns it to real time.
 */
public final class MovableClock extends Clock {

	private volatile Instant fixed;

	public void set(Instant now) {
		this.fixed = now;
	}

	public void reset() {
		this.fixed = null;
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
		Instant now = this.fixed;
		return (now != null) ? now : Instant.now();
	}

}
