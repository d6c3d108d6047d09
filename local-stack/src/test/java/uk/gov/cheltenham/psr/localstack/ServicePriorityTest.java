package uk.gov.cheltenham.psr.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The services off the marker path start at a lower CPU priority, and a process started
 * with the launcher's prefix really runs at it.
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
	void normalPriorityNeedsNoPrefix() {
		assertThat(ServiceProcess.lowerPriority(0)).isEmpty();
	}

	@Test
	void aProcessStartedWithThePrefixRunsAtThatNiceness() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux /proc");
		List<String> command = new ArrayList<>(ServiceProcess.lowerPriority(7));
		assumeTrue(!command.isEmpty(), "needs nice");
		command.addAll(List.of("cat", "/proc/self/stat"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String childStat = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
		assertThat(process.waitFor()).isZero();
		int ownNiceness = niceness(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII));
		// nice adds to the niceness it is started with
		assertThat(niceness(childStat)).isEqualTo(Math.min(19, ownNiceness + 7));
	}

	/**
	 * Field 19 of /proc/PID/stat; counted after the command name, which may hold spaces.
	 */
	private static int niceness(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
		return Integer.parseInt(fields[16]);
	}

}
