package uk.gov.cheltenham.psr.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The services off the marker path run at a lower CPU priority once ready, every thread
 * of them, and so does every thread they start afterwards.
 */
class ServicePriorityTest {

	@Test
	void onlyTheServicesOffTheMarkerPathYieldTheCpu() {
		List<ServiceDefinition> services = ServiceDefinition.defaults(Path.of("."));
		assertThat(services).filteredOn((service) -> service.niceness() == 0)
			.extracting(ServiceDefinition::name)
			.containsExactly("incident-service", "register-service");
		assertThat(services).filteredOn((service) -> service.niceness() > 0)
			.extracting(ServiceDefinition::name)
			.containsExactly("notification-service", "letters-service", "partner-sync-service");
	}

	@Test
	void copiesKeepThePriority() {
		ServiceDefinition letters = ServiceDefinition.defaults(Path.of(".")).get(3);
		assertThat(letters.withPort(9999).niceness()).isEqualTo(ServiceDefinition.OFF_MARKER_PATH_NICENESS);
		assertThat(letters.withEnvironment(Map.of("A", "b")).niceness())
			.isEqualTo(ServiceDefinition.OFF_MARKER_PATH_NICENESS);
		assertThat(letters.withNiceness(0).niceness()).isZero();
	}

	@Test
	void everyThreadOfARunningJvmIsLoweredAndSoAreThoseItStartsLater() throws Exception {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ThreadStarter.class.getName())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(jvm.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream in = jvm.getOutputStream()) {
			assertThat(out.readLine()).isEqualTo("started");
			assertThat(nicenessOfEachThread(jvm.pid())).as("before").containsOnly(ownNiceness());

			assumeTrue(ThreadPriority.lower(jvm.pid(), 7), "needs renice");
			int lowered = Math.max(7, ownNiceness());
			assertThat(nicenessOfEachThread(jvm.pid())).as("each thread").containsOnly(lowered);

			in.write('\n');
			in.flush();
			assertThat(out.readLine()).isEqualTo("started another");
			assertThat(nicenessOfEachThread(jvm.pid())).as("with a thread started afterwards").containsOnly(lowered);
		}
		finally {
			jvm.destroyForcibly();
		}
	}

	@Test
	void aProcessThatIsGoneIsNotAnError() {
		assertThat(ThreadPriority.lower(Long.MAX_VALUE, 7)).isFalse();
	}

	private static List<Integer> nicenessOfEachThread(long pid) throws Exception {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return threads.map((thread) -> niceness(thread.resolve("stat"))).toList();
		}
	}

	private static int ownNiceness() {
		return niceness(Path.of("/proc/self/stat"));
	}

	/**
	 * Field 19 of {@code stat}, counted after the command name, which may hold spaces.
	 */
	private static int niceness(Path stat) {
		try {
			String line = Files.readString(stat, StandardCharsets.US_ASCII);
			return Integer.parseInt(line.substring(line.lastIndexOf(')') + 2).trim().split(" ")[16]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JVM with a few threads that starts one more on each line it reads. */
	public static final class ThreadStarter {

		public static void main(String[] args) throws Exception {
			for (int i = 0; i < 3; i++) {
				sleeper().start();
			}
			System.out.println("started");
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
			while (in.readLine() != null) {
				sleeper().start();
				System.out.println("started another");
			}
		}

		private static Thread sleeper() {
			Thread thread = new Thread(() -> {
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			thread.setDaemon(true);
			return thread;
		}

	}

}
