package uk.gov.cheltenham.psr.platform.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs one piece of background work on its own thread: every {@code pollInterval} as a
 * safety net (restarts, retries, a dependency that was away), and soon after
 * {@link #wakeUp()} for low latency (typically called after a commit). Wake-ups are
 * coalesced; a failing run is logged by exception class only (a message may carry
 * personal data) and tried again at the next poll.
 */
public class PollingWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

	private final String name;

	private final Duration firstRunAfter;

	private final Duration pollInterval;

	private final Runnable work;

	private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	/** The worker whose work the current thread is running, if any. */
	private static final ThreadLocal<PollingWorker> RUNNING = new ThreadLocal<>();

	private volatile boolean stopRequested;

	public PollingWorker(String name, Duration pollInterval, Runnable work) {
		this(name, Duration.ZERO, pollInterval, work);
	}

	/**
	 * @param firstRunAfter how long after start the first poll waits: work that need not
	 * run at start-up stays off a service's way to ready
	 */
	public PollingWorker(String name, Duration firstRunAfter, Duration pollInterval, Runnable work) {
		this.name = name;
		this.firstRunAfter = firstRunAfter;
		this.pollInterval = pollInterval;
		this.work = work;
	}

	/** Asks for a run soon; cheap, and coalesced when a run is already queued. */
	public void wakeUp() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.wakeUpQueued.compareAndSet(false, true)) {
			current.execute(() -> {
				this.wakeUpQueued.set(false);
				runQuietly();
			});
		}
	}

	private void runQuietly() {
		RUNNING.set(this);
		try {
			this.work.run();
		}
		catch (RuntimeException ex) {
			log.warn("{} run failed, will retry: {}", this.name, ex.getClass().getName());
		}
		finally {
			RUNNING.remove();
		}
	}

	/**
	 * Whether the worker running the current thread's work is being stopped: work that
	 * loops over a backlog ends after the item in hand, so the application does not close
	 * the database under a side effect it has not recorded.
	 * @return false outside a worker's thread
	 */
	public static boolean stopRequested() {
		PollingWorker worker = RUNNING.get();
		return worker != null && worker.stopRequested;
	}

	@Override
	public void start() {
		this.stopRequested = false;
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, this.name);
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::runQuietly, this.firstRunAfter.toMillis(), this.pollInterval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		this.stopRequested = true;
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		// started last and stopped first: the work uses the database and the broker
		return Integer.MAX_VALUE;
	}

}
