package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder profile of a running service, started and stopped with {@code jcmd}
 * (so the launcher needs no extra JVM option), and its CPU samples summed up: by thread
 * group, by the component nearest the top of the stack, and by the hottest methods; and
 * its long waits in our code, which CPU samples cannot show (a queue for a lock uses no
 * CPU: in session 10 it was most of P2's latency).
 */
final class JfrProfile {

	/** Blocking events the profile settings record when they last 10 ms or more. */
	private static final Map<String, String> WAITS = Map.of("jdk.SocketRead", "socket read", "jdk.JavaMonitorEnter",
			"monitor enter", "jdk.ThreadPark", "park");

	private static final String OUR_CODE = "uk.gov.cheltenham.psr.";

	/** Package prefixes to name the component a sample is in, most specific first. */
	private static final Map<String, String> COMPONENTS = components();

	private JfrProfile() {
	}

	/**
	 * The part of a recording to sum up: the recording starts well before it, because
	 * starting Flight Recorder costs each JVM a few CPU seconds, which would otherwise
	 * land in the measured window (in session 6 it made P1's whole tail).
	 */
	record Window(Path recording, Instant from, Instant to) {

		boolean contains(Instant instant) {
			return !instant.isBefore(this.from) && !instant.isAfter(this.to);
		}

	}

	static boolean start(long pid, String name, Path file) {
		return jcmd(pid, "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
	}

	static boolean stop(long pid, String name) {
		return jcmd(pid, "JFR.stop", "name=" + name);
	}

	/**
	 * Sums up the CPU samples of a recording taken within a window.
	 * @param window the recording and the window
	 * @return markdown
	 */
	static String summarise(Window window) {
		Path file = window.recording();
		Map<String, Integer> byThread = new HashMap<>();
		Map<String, Integer> byComponent = new HashMap<>();
		Map<String, Integer> byMethod = new HashMap<>();
		Map<String, Wait> waits = new HashMap<>();
		int total = 0;
		try {
			for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
				String wait = WAITS.get(event.getEventType().getName());
				if (wait != null) {
					countWait(event, wait, window, waits);
					continue;
				}
				if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
					continue;
				}
				RecordedStackTrace stack = event.getStackTrace();
				if (stack == null || stack.getFrames().isEmpty() || !window.contains(event.getStartTime())) {
					continue;
				}
				total++;
				String thread = event.getThread("sampledThread").getJavaName();
				byThread.merge(threadGroup(thread), 1, Integer::sum);
				byComponent.merge(component(stack.getFrames()), 1, Integer::sum);
				RecordedFrame top = stack.getFrames().get(0);
				byMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
			}
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex + ")";
		}
		if (total == 0 && waits.isEmpty()) {
			return "(no CPU samples in " + file.getFileName() + ")";
		}
		StringBuilder text = new StringBuilder();
		if (total == 0) {
			// a short or idle window may hold waits but no samples; the waits still say
			// something
			text.append(String.format("(no CPU samples in %s)%n%n", file.getFileName()));
		}
		else {
			text.append(String.format("%d CPU samples (jdk.ExecutionSample, 10-20 ms apart per running thread)%n%n",
					total));
			table(text, "thread group", byThread, total, 8);
			table(text, "component nearest the top of the stack", byComponent, total, 14);
			table(text, "hottest method (top frame)", byMethod, total, 12);
		}
		waits(text, waits);
		return text.toString();
	}

	/**
	 * A wait of 10 ms or more with our code on the stack, by our frame nearest the top.
	 */
	private static void countWait(RecordedEvent event, String kind, Window window, Map<String, Wait> waits) {
		RecordedStackTrace stack = event.getStackTrace();
		if (stack == null || !window.contains(event.getStartTime())) {
			return;
		}
		for (RecordedFrame frame : stack.getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith(OUR_CODE)) {
				String where = kind + " in `" + type.substring(OUR_CODE.length()) + "." + frame.getMethod().getName()
						+ ":" + frame.getLineNumber() + "`";
				waits.computeIfAbsent(where, (key) -> new Wait()).add(event.getDuration().toNanos());
				return;
			}
		}
	}

	private static void waits(StringBuilder text, Map<String, Wait> waits) {
		if (waits.isEmpty()) {
			text.append(String.format("No waits of 10 ms or more in PSR code.%n%n"));
			return;
		}
		text.append(String.format(
				"| waits of 10 ms or more, by PSR frame nearest the top | waits | total s |%n" + "|---|---:|---:|%n"));
		waits.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Wait> entry) -> entry.getValue().nanos).reversed())
			.limit(6)
			.forEach((entry) -> text.append(String.format("| %s | %d | %.1f |%n", entry.getKey(),
					entry.getValue().count, entry.getValue().nanos / 1e9)));
		text.append(System.lineSeparator());
	}

	private static final class Wait {

		private int count;

		private long nanos;

		void add(long waited) {
			this.count++;
			this.nanos += waited;
		}

	}

	private static void table(StringBuilder text, String heading, Map<String, Integer> counts, int total, int rows) {
		text.append(String.format("| %s | share |%n|---|---:|%n", heading));
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(rows)
			.forEach((entry) -> text
				.append(String.format("| `%s` | %.1f%% |%n", entry.getKey(), 100.0 * entry.getValue() / total)));
		text.append(System.lineSeparator());
	}

	private static String threadGroup(String thread) {
		if (thread == null) {
			return "(unknown)";
		}
		return thread.replaceAll("\\d+", "N");
	}

	private static String component(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
				if (type.startsWith(component.getKey())) {
					return component.getValue();
				}
			}
		}
		String top = frames.get(0).getMethod().getType().getName();
		int lastDot = top.lastIndexOf('.');
		return "other: " + ((lastDot > 0) ? top.substring(0, lastDot) : top);
	}

	private static Map<String, String> components() {
		Map<String, String> components = new LinkedHashMap<>();
		components.put("uk.gov.cheltenham.psr.platform.crypto", "PSR field encryption / blind index");
		components.put("uk.gov.cheltenham.psr.platform.outbox", "PSR outbox relay");
		components.put("uk.gov.cheltenham.psr", "PSR code");
		components.put("org.postgresql", "PostgreSQL JDBC driver");
		components.put("com.zaxxer.hikari", "Hikari pool");
		components.put("org.hibernate.validator", "Bean validation");
		components.put("org.hibernate", "Hibernate");
		components.put("org.flywaydb", "Flyway");
		components.put("tools.jackson", "Jackson (JSON)");
		components.put("com.fasterxml.jackson", "Jackson (JSON)");
		components.put("com.nimbusds", "JWT (Nimbus)");
		components.put("org.springframework.security", "Spring Security");
		components.put("org.apache.kafka", "Kafka client");
		components.put("org.springframework.kafka", "Spring Kafka");
		components.put("org.springframework.cloud", "Spring Cloud Stream");
		components.put("org.springframework.validation", "Bean validation");
		components.put("org.springframework.orm", "Spring ORM / transactions");
		components.put("org.springframework.transaction", "Spring ORM / transactions");
		components.put("org.springframework.web", "Spring MVC");
		components.put("org.springframework", "Spring (other)");
		components.put("org.apache.catalina", "Tomcat");
		components.put("org.apache.coyote", "Tomcat");
		components.put("org.apache.tomcat", "Tomcat");
		components.put("ch.qos.logback", "Logging");
		components.put("org.slf4j", "Logging");
		components.put("javax.crypto", "JDK crypto");
		components.put("com.sun.crypto", "JDK crypto");
		components.put("sun.security", "JDK crypto");
		components.put("java.util.zip", "JDK zip");
		return components;
	}

	private static boolean jcmd(long pid, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
		command.add(Long.toString(pid));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			boolean done = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
			if (!done) {
				System.out.println("  jcmd " + String.join(" ", arguments) + " failed: " + output.trim());
			}
			return done;
		}
		catch (IOException ex) {
			System.out.println("  jcmd could not run: " + ex);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
