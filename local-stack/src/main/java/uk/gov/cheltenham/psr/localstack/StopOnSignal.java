package uk.gov.cheltenham.psr.localstack;

import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * Runs an orderly stop on Ctrl-C or SIGTERM, before the JVM's shutdown hooks.
 * <p>
 * Left to the JVM, the signal would start every shutdown hook at once, including the one
 * test-support's {@code Postgres} registers, so PostgreSQL would go away while the
 * services still shut down. Here the stop runs first, in order, and only then does the
 * JVM exit. A shutdown hook still covers any other way out.
 */
final class StopOnSignal {

	private StopOnSignal() {
	}

	static void install(Runnable stop) {
		AtomicBoolean done = new AtomicBoolean();
		Runnable once = () -> {
			if (done.compareAndSet(false, true)) {
				stop.run();
			}
		};
		Runtime.getRuntime().addShutdownHook(new Thread(once, "psr-local-stack-shutdown"));
		for (String name : new String[] { "INT", "TERM", "HUP" }) {
			try {
				// an ignored signal (run-local.sh ignores INT here) stays ignored
				Signal.handle(new Signal(name), (signal) -> {
					once.run();
					System.exit(0);
				});
			}
			catch (IllegalArgumentException ex) {
				// not available on this platform: the shutdown hook covers it
			}
		}
	}

}
