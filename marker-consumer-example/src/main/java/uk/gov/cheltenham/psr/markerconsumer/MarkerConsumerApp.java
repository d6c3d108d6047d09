package uk.gov.cheltenham.psr.markerconsumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.errors.WakeupException;

/**
 * Runs the reference consumer from the command line:
 *
 * <pre>
 * java -jar marker-consumer-example.jar --team housing [--bootstrap-servers 127.0.0.1:9092]
 *     [--state housing-markers.state] [--rebuild] [--once]
 * </pre>
 *
 * It prints each marker set or removed for the team, with its customer reference only,
 * and keeps going until stopped (Ctrl-C). {@code --rebuild} first reads the topic from
 * its start into an empty set; {@code --once} stops once caught up and prints the set.
 */
public final class MarkerConsumerApp {

	private MarkerConsumerApp() {
	}

	public static void main(String[] args) throws InterruptedException {
		Map<String, String> options = options(args);
		String team = options.get("--team");
		if (team == null || team.isBlank()) {
			System.err
				.println("usage: --team <team> [--bootstrap-servers host:port] [--state file] [--rebuild] [--once]");
			System.exit(2);
		}
		String servers = options.getOrDefault("--bootstrap-servers", "127.0.0.1:9092");
		Path state = Path.of(options.getOrDefault("--state", team + "-markers.state"));
		MarkerListener printing = new MarkerListener() {

			@Override
			public void markerSet(String reference) {
				System.out.println("marker set:     " + reference + " (consult the register before contact)");
			}

			@Override
			public void markerRemoved(String reference) {
				System.out.println("marker removed: " + reference);
			}

		};
		CountDownLatch stopped = new CountDownLatch(1);
		try (TeamMarkerConsumer consumer = new TeamMarkerConsumer(servers, team, state, printing)) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				consumer.wakeup();
				awaitQuietly(stopped);
			}));
			try {
				if (options.containsKey("--rebuild")) {
					consumer.rebuild(Duration.ofMinutes(1));
				}
				if (options.containsKey("--once")) {
					if (!consumer.catchUp(Duration.ofMinutes(1))) {
						System.err.println("Not caught up within a minute: is Kafka running at " + servers
								+ ", and has the register published a marker yet?");
					}
					System.out.println(team + " markers: " + consumer.markers());
					return;
				}
				while (true) {
					consumer.poll(Duration.ofSeconds(1));
				}
			}
			catch (WakeupException ex) {
				// stopped: the state was saved after the last batch
			}
		}
		finally {
			stopped.countDown();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
			options.put(args[i], hasValue ? args[++i] : "");
		}
		return options;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
