package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;

import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;

/**
 * P1: a manager's "register entry" decisions at a steady rate; per decision, the time
 * from its 2xx to the marker on {@code psr.markers} (a team system's consumer) and to the
 * team's notification (its webhook, and its mailbox in the mail catcher).
 */
final class DecisionToMarker {

	static final String MAILBOX = "bench-team@council.example";

	private static final Pattern REFERENCE = Pattern.compile("BEN-[A-Z0-9]+-\\d+");

	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(90);

	private final LocalStack stack;

	private final DemoLogins logins;

	private final Http http = new Http();

	private final PrintStream out;

	DecisionToMarker(LocalStack stack, DemoLogins logins, PrintStream out) {
		this.stack = stack;
		this.logins = logins;
		this.out = out;
	}

	/** The figures of one run. */
	record Result(int decisions, int accepted, int markersSeen, int webhooksSeen, int mailsSeen, double perSecond,
			Duration sendingTime, Latencies decisionAnswer, Latencies toMarker, Latencies toWebhook, Latencies toMail,
			Latencies intendedToMarker, List<Latencies> stages) {

	}

	/**
	 * Reports the incidents, then decides them at {@code perSecond}: first
	 * {@code warmUp}'s worth, not recorded, then {@code duration}'s worth, measured.
	 * @param beforeDecisions run once the incidents are reported, 10 s before the first
	 * decision (for work that would disturb the decisions, such as starting a profiler)
	 * @param atMeasuredStart run as the first measured decision is sent
	 */
	Result run(double perSecond, Duration warmUp, Duration duration, Path rawDir, Runnable beforeDecisions,
			Runnable atMeasuredStart) {
		int warmUpCount = (int) Math.round(perSecond * warmUp.toSeconds());
		int count = warmUpCount + (int) Math.round(perSecond * duration.toSeconds());
		try (WebhookReceiver webhook = new WebhookReceiver()) {
			String subscription = subscribe(webhook.url());
			try {
				return run(perSecond, warmUpCount, count, webhook, beforeDecisions, atMeasuredStart, rawDir);
			}
			finally {
				// the receiver closes with this run: a later run subscribes its own
				unsubscribe(subscription);
			}
		}
	}

	private Result run(double perSecond, int warmUpCount, int count, WebhookReceiver webhook, Runnable beforeDecisions,
			Runnable atMeasuredStart, Path rawDir) {
		String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		List<String> references = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			references.add("BEN-" + run + "-" + i);
		}
		List<String> incidentIds = reportAll(references);
		beforeDecisions.run();
		// the reports' own events (and whatever ran before) settle first
		sleep(Duration.ofSeconds(10));
		String brokers = this.stack.kafka().bootstrapServers();
		try (TopicWatcher markers = new TopicWatcher(brokers, Topics.MARKERS, null);
				TopicWatcher reviews = new TopicWatcher(brokers, Topics.INCIDENT_EVENTS, "IncidentReviewed")) {
			return decide(perSecond, warmUpCount, references, incidentIds, webhook, markers, reviews, rawDir,
					atMeasuredStart);
		}
	}

	private String subscribe(String webhookUrl) {
		return Http.expect(
				this.http.post(this.stack.url("notification-service") + "/api/subscriptions", token("cro"),
						Map.of("team", Incidents.TEAM, "email", MAILBOX, "webhookUrl", webhookUrl)),
				201, "subscribing the benchmark team")
			.get("id")
			.asString();
	}

	private void unsubscribe(String subscription) {
		String url = this.stack.url("notification-service") + "/api/subscriptions/" + subscription;
		Http.Answer answer = this.http.delete(url, token("cro"));
		// 409: a delivery's last update to the subscription raced the removal
		for (int attempt = 1; answer.status() == 409 && attempt < 5; attempt++) {
			sleep(Duration.ofSeconds(1));
			answer = this.http.delete(url, token("cro"));
		}
		if (answer.status() != 204) {
			this.out.printf("  P1: removing the benchmark subscription answered %d%n", answer.status());
		}
	}

	private List<String> reportAll(List<String> references) {
		this.out.printf("  P1: reporting %d incidents beforehand ...%n", references.size());
		String url = this.stack.url("incident-service") + "/api/incidents";
		String token = token("rep");
		ExecutorService pool = Executors.newFixedThreadPool(4, OpenLoad.daemonThreads("psr-bench-report"));
		try {
			List<Future<String>> ids = new ArrayList<>();
			for (String reference : references) {
				ids.add(pool.submit(() -> Http
					.expect(this.http.post(url, token, Incidents.report(reference)), 201, "reporting an incident")
					.get("id")
					.asString()));
			}
			List<String> result = new ArrayList<>();
			for (Future<String> id : ids) {
				result.add(id.get());
			}
			return result;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Reporting the incidents failed", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Result decide(double perSecond, int warmUpCount, List<String> references, List<String> incidentIds,
			WebhookReceiver webhook, TopicWatcher markers, TopicWatcher reviews, Path rawDir,
			Runnable atMeasuredStart) {
		int count = references.size();
		this.out.printf("  P1: %d decisions at %.0f/s (the first %d to warm up, not recorded) ...%n", count, perSecond,
				warmUpCount);
		String token = token("manager");
		String base = this.stack.url("incident-service") + "/api/incidents/";
		Map<String, Object> review = Incidents.registerEntryReview();
		long[] intended = new long[count];
		AtomicLongArray answeredAt = new AtomicLongArray(count);
		long[] answeredWallMillis = new long[count];
		Latencies decisionAnswer = new Latencies("p1-decision-http-answer");
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		long[] measuredFrom = new long[1];
		Duration sending = OpenLoad.run(perSecond, count, 32, (i, intendedStart) -> {
			if (i == warmUpCount) {
				atMeasuredStart.run();
				measuredFrom[0] = intendedStart;
			}
			intended[i] = intendedStart;
			Http.Answer answer = this.http.post(base + incidentIds.get(i) + "/review", token, review);
			long now = System.nanoTime();
			answeredWallMillis[i] = System.currentTimeMillis();
			if (i >= warmUpCount) {
				decisionAnswer.record(intendedStart, now);
			}
			if (answer.is2xx()) {
				if (i >= warmUpCount) {
					answeredAt.set(i, now);
					accepted.incrementAndGet();
				}
			}
			else if (refused.incrementAndGet() <= 3) {
				this.out.printf("  P1: decision refused %d: %s%n", answer.status(), answer.body());
			}
		});
		awaitDeliveries(references, webhook, markers);
		Latencies toMarker = new Latencies("p1-decision-to-marker");
		Latencies toWebhook = new Latencies("p1-decision-to-webhook");
		Latencies intendedToMarker = new Latencies("p1-intended-start-to-marker");
		Stages stages = new Stages();
		// one line per measured decision, to tell periodic stalls from bursts
		StringBuilder timeline = new StringBuilder(
				"sent_ms_after_start,answered_wall_ms,review_sent_wall_ms,marker_sent_wall_ms,marker_arrived_wall_ms\n");
		int markersSeen = 0;
		int webhooksSeen = 0;
		for (int i = warmUpCount; i < count; i++) {
			long answered = answeredAt.get(i);
			if (answered == 0) {
				continue;
			}
			String key = Incidents.TEAM + ":" + references.get(i);
			Long marker = markers.arrivalOf(key);
			if (marker != null) {
				markersSeen++;
				toMarker.record(answered, marker);
				intendedToMarker.record(intended[i], marker);
			}
			Long delivered = webhook.arrivalOf(references.get(i));
			if (delivered != null) {
				webhooksSeen++;
				toWebhook.record(answered, delivered);
			}
			stages.record(answeredWallMillis[i], reviews.producedAtMillis(incidentIds.get(i)),
					markers.producedAtMillis(key), markers.arrivedAtMillis(key), marker, delivered);
			timeline.append((intended[i] - measuredFrom[0]) / 1_000_000)
				.append(',')
				.append(answeredWallMillis[i])
				.append(',')
				.append(reviews.producedAtMillis(incidentIds.get(i)))
				.append(',')
				.append(markers.producedAtMillis(key))
				.append(',')
				.append(markers.arrivedAtMillis(key))
				.append('\n');
		}
		writeTimeline(rawDir, timeline);
		Latencies toMail = new Latencies("p1-decision-to-email");
		int mailsSeen = mailLatencies(references.subList(warmUpCount, count),
				Arrays.copyOfRange(answeredWallMillis, warmUpCount, count), toMail);
		List<Latencies> all = new ArrayList<>(List.of(decisionAnswer, toMarker, toWebhook, toMail, intendedToMarker));
		all.addAll(stages.all());
		all.forEach((latencies) -> latencies.writeTo(rawDir));
		Duration measuredSending = (measuredFrom[0] != 0)
				? sending.minusNanos(Math.max(0, measuredFrom[0] - intended[0])) : sending;
		return new Result(count - warmUpCount, accepted.get(), markersSeen, webhooksSeen, mailsSeen, perSecond,
				measuredSending, decisionAnswer, toMarker, toWebhook, toMail, intendedToMarker, stages.all());
	}

	private static void writeTimeline(Path rawDir, CharSequence timeline) {
		try {
			Files.createDirectories(rawDir);
			Files.writeString(rawDir.resolve("p1-timeline.csv"), timeline);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitDeliveries(List<String> references, WebhookReceiver webhook, TopicWatcher markers) {
		long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			boolean all = references.stream()
				.allMatch((reference) -> markers.arrivalOf(Incidents.TEAM + ":" + reference) != null
						&& webhook.arrivalOf(reference) != null);
			if (all) {
				return;
			}
			sleep(Duration.ofMillis(200));
		}
		this.out.printf("  P1: not everything arrived within %d s%n", DRAIN_TIMEOUT.toSeconds());
	}

	/**
	 * The mail catcher stamps each message when it arrives (ms, wall clock), so email is
	 * measured against the wall-clock time of the 2xx.
	 */
	private int mailLatencies(List<String> references, long[] answeredWallMillis, Latencies toMail) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < references.size(); i++) {
			index.put(references.get(i), i);
		}
		int seen = 0;
		for (ReceivedMail mail : this.stack.mail().receivedMessagesFor(MAILBOX)) {
			Integer i = referenceIn(mail.subject() + "\n" + mail.body(), index);
			Date received = receivedDate(mail);
			if (i != null && received != null && answeredWallMillis[i] != 0) {
				seen++;
				toMail.recordMillis(received.getTime() - answeredWallMillis[i]);
			}
		}
		return seen;
	}

	private static Integer referenceIn(String text, Map<String, Integer> index) {
		Matcher matcher = REFERENCE.matcher(text);
		return matcher.find() ? index.get(matcher.group()) : null;
	}

	private static Date receivedDate(ReceivedMail mail) {
		try {
			return mail.message().getReceivedDate();
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	/**
	 * The decision's way split by the records' own timestamps (when each outbox relay
	 * sent its record; wall clock, whole ms). A relay may send before the 2xx has reached
	 * the client: such a stage counts as 0.
	 */
	private static final class Stages {

		private final Latencies incidentOutbox = new Latencies("p1-stage-1-2xx-to-review-event-sent");

		private final Latencies register = new Latencies("p1-stage-2-review-event-sent-to-marker-sent");

		private final Latencies markerHop = new Latencies("p1-stage-3-marker-sent-to-marker-consumed");

		private final Latencies notification = new Latencies("p1-stage-4-marker-consumed-to-webhook");

		void record(long answeredMillis, Long reviewSent, Long markerSent, Long markerArrived, Long markerNanos,
				Long webhookNanos) {
			if (reviewSent != null) {
				this.incidentOutbox.recordMillis(reviewSent - answeredMillis);
			}
			if (reviewSent != null && markerSent != null) {
				this.register.recordMillis(markerSent - reviewSent);
			}
			if (markerSent != null && markerArrived != null) {
				this.markerHop.recordMillis(markerArrived - markerSent);
			}
			if (markerNanos != null && webhookNanos != null) {
				this.notification.record(markerNanos, webhookNanos);
			}
		}

		List<Latencies> all() {
			return List.of(this.incidentOutbox, this.register, this.markerHop, this.notification);
		}

	}

	private String token(String user) {
		return this.logins.token(user);
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
