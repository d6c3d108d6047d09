package uk.gov.cheltenham.psr.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PollingWorkerStopTest {

	@Test
	@DisplayName("a sender whose worker is stopped mid-backlog records the intent in hand and claims no more (none left SENDING to be sent again)")
	void stopEndsAfterTheIntentInHand() throws InterruptedException {
		Backlog backlog = new Backlog(List.of("a", "b", "c"));
		IntentSender<String> sender = new IntentSender<>("test", backlog, new IntentSenderTest.DirectTransactions(),
				Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofSeconds(5), System::nanoTime,
				(duration) -> Thread.sleep(duration.toMillis()));
		PollingWorker worker = new PollingWorker("test-sender", Duration.ofHours(1), sender::sendDue);
		worker.start();
		assertThat(backlog.sending.await(10, TimeUnit.SECONDS)).as("the first send began").isTrue();
		Thread stopping = new Thread(worker::stop);
		stopping.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> !worker.isRunning());
		backlog.release.countDown();
		stopping.join(15_000);
		assertThat(backlog.sent).containsExactly("a");
		assertThat(backlog.recorded).containsExactly("a");
		assertThat(backlog.due).containsExactly("b", "c");
	}

	/** Intents in a queue; the first send waits until the test lets it go. */
	static final class Backlog implements IntentSender.Intents<String> {

		final Deque<String> due;

		final List<String> sent = new CopyOnWriteArrayList<>();

		final List<String> recorded = new CopyOnWriteArrayList<>();

		final CountDownLatch sending = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		Backlog(List<String> keys) {
			this.due = new ArrayDeque<>(keys);
		}

		@Override
		public synchronized Optional<IntentSender.Claim<String>> claimNext(Instant now, Instant leaseEnd) {
			String next = this.due.poll();
			return (next != null) ? Optional.of(IntentSender.Claim.toSend(next)) : Optional.empty();
		}

		@Override
		public void send(String claimed) {
			this.sending.countDown();
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sent.add(claimed);
		}

		@Override
		public void recordSent(String claimed, Instant now) {
			this.recorded.add(claimed);
		}

		@Override
		public void recordFailed(String claimed, RuntimeException failure, Instant now) {
		}

	}

}
