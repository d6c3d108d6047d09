package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDefinitionTest {

	private final ServiceDefinition incident = ServiceDefinition.defaults(Path.of(".")).get(0);

	@Test
	void aServicesOwnJvmOptionsComeAfterTheOnesEveryServiceGets() {
		ServiceDefinition tiered = this.incident.withJvmOptions(List.of("-XX:TieredStopAtLevel=4"));
		assertThat(tiered.jvmOptionsAfter(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"))).containsExactly("-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4");
		assertThat(this.incident.jvmOptionsAfter(List.of("-Xmx256m"))).containsExactly("-Xmx256m");
	}

	@Test
	void copiesKeepTheOwnJvmOptions() {
		ServiceDefinition tiered = this.incident.withJvmOptions(List.of("-XX:TieredStopAtLevel=4"));
		assertThat(tiered.withPort(9999).jvmOptions()).containsExactly("-XX:TieredStopAtLevel=4");
		assertThat(tiered.withEnvironment(Map.of("A", "b")).jvmOptions()).containsExactly("-XX:TieredStopAtLevel=4");
		assertThat(tiered.withNiceness(5).jvmOptions()).containsExactly("-XX:TieredStopAtLevel=4");
		assertThat(tiered.withJar(Path.of("other.jar")).jvmOptions()).containsExactly("-XX:TieredStopAtLevel=4");
	}

}
