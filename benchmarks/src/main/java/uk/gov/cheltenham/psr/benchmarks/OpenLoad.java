package uk.gov.cheltenham.psr.benchmarks;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires requests at a fixed rate whatever the answers take (an open model): each request
 * is handed its intended start time, so a latency measured from it includes any time the
 * request waited for a free sender (coordinated omission).
 */
final class OpenLoad {

	/** One request, told when it should have started. */
	interface Request {

		void send(int index, long intendedStartNanos);

	}

	private OpenLoad() {
	}

	/**
	 * Sends {@code count} requests at {@code perSecond} and waits for them all to finish.
	 * @param perSecond the rate
	 * @param count how many
	 * @param senders how many may be in flight at once
	 * @param request what each does
	 * @return the time from the first intended start to the last answer
	 */
	static Duration run(double perSecond, int count, int senders, Request request) {
		ExecutorService pool = Executors.newFixedThreadPool(senders, daemonThreads("psr-bench-sender"));
		long periodNanos = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		for (int i = 0; i < count; i++) {
			long intended = start + i * periodNanos;
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = i;
			pool.execute(() -> request.send(index, intended));
		}
		pool.shutdown();
		try {
			if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
				pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	static ThreadFactory daemonThreads(String name) {
		AtomicInteger number = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
