package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * A latency histogram in microseconds (3 significant digits, up to 10 minutes), recorded
 * from nanosecond timestamps and reported in milliseconds.
 */
final class Latencies {

	private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

	private final String name;

	private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

	Latencies(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	/**
	 * Records the time between two {@link System#nanoTime()} readings.
	 * @param fromNanos the start, e.g. the intended send time
	 * @param toNanos the end
	 */
	synchronized void record(long fromNanos, long toNanos) {
		long micros = Math.max(0, TimeUnit.NANOSECONDS.toMicros(toNanos - fromNanos));
		this.histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
	}

	synchronized void recordMillis(long millis) {
		this.histogram.recordValue(Math.min(Math.max(0, millis) * 1000, HIGHEST_MICROS));
	}

	synchronized long count() {
		return this.histogram.getTotalCount();
	}

	/**
	 * A percentile in milliseconds.
	 * @param percentile e.g. 99.9
	 * @return the value, or NaN when nothing was recorded
	 */
	synchronized double millisAt(double percentile) {
		if (this.histogram.getTotalCount() == 0) {
			return Double.NaN;
		}
		return this.histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	synchronized double maxMillis() {
		return (this.histogram.getTotalCount() == 0) ? Double.NaN : this.histogram.getMaxValue() / 1000.0;
	}

	/** p50 / p99 / p99.9 / max in ms, and the count. */
	String summary() {
		return String.format("p50 %s  p99 %s  p99.9 %s  max %s ms  (n=%d)", ms(millisAt(50)), ms(millisAt(99)),
				ms(millisAt(99.9)), ms(maxMillis()), count());
	}

	/**
	 * Writes HdrHistogram's percentile distribution (values in ms) to {@code
	 *
	<dir>
	 * /<name>.hgrm}.
	 * @param dir the directory
	 */
	synchronized void writeTo(Path dir) {
		try {
			Files.createDirectories(dir);
			try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve(this.name + ".hgrm")), true,
					StandardCharsets.UTF_8)) {
				if (this.histogram.getTotalCount() > 0) {
					this.histogram.outputPercentileDistribution(out, 1000.0);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String ms(double millis) {
		if (Double.isNaN(millis)) {
			return "-";
		}
		return (millis < 10) ? String.format("%.2f", millis) : String.format("%.0f", millis);
	}

}
