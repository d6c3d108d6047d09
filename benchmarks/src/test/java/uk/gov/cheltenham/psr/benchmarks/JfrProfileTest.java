package uk.gov.cheltenham.psr.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile's summary shows where our code waited, which CPU samples cannot. */
class JfrProfileTest {

	private final Object lock = new Object();

	@Test
	void namesOurFrameThatWaitedForAMonitor(@TempDir Path dir) throws Exception {
		String summary = summariseAContendedMonitor(dir, Configuration.getConfiguration("profile").getSettings());
		assertWaitListed(summary);
	}

	/**
	 * A short window may hold no CPU samples at all (CI saw this); its waits are still
	 * listed.
	 */
	@Test
	void listsWaitsWhenTheWindowHoldsNoCpuSamples(@TempDir Path dir) throws Exception {
		Map<String, String> settings = new HashMap<>(Configuration.getConfiguration("profile").getSettings());
		settings.put("jdk.ExecutionSample#enabled", "false");
		String summary = summariseAContendedMonitor(dir, settings);
		assertThat(summary).contains("(no CPU samples in waits.jfr)");
		assertWaitListed(summary);
	}

	private String summariseAContendedMonitor(Path dir, Map<String, String> settings) throws Exception {
		Path file = dir.resolve("waits.jfr");
		Instant from = Instant.now();
		try (Recording recording = new Recording(settings)) {
			recording.start();
			CountDownLatch held = new CountDownLatch(1);
			Thread holder = new Thread(() -> {
				synchronized (this.lock) {
					held.countDown();
					sleep(300);
				}
			});
			holder.start();
			held.await();
			waitForTheLock();
			holder.join();
			recording.stop();
			recording.dump(file);
		}
		return JfrProfile.summarise(new JfrProfile.Window(file, from, Instant.now()));
	}

	private static void assertWaitListed(String summary) {
		assertThat(summary).contains("waits of 10 ms or more")
			.containsPattern(
					"\\| monitor enter in `benchmarks\\.JfrProfileTest\\.waitForTheLock:\\d+` \\| 1 \\| 0\\.[1-9]");
	}

	private void waitForTheLock() {
		synchronized (this.lock) {
			// entered once the holder lets go, ~300 ms later
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
