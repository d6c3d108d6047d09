package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandLineTest {

	@Test
	void defaultsMatchTheServicesApplicationYml() {
		CommandLine commandLine = CommandLine.parse("--repo", "/repo");
		LocalStackOptions options = commandLine.options();
		assertThat(options.baseDir()).isEqualTo(Path.of("/repo/.local-stack"));
		assertThat(options.demo()).isFalse();
		assertThat(commandLine.clean()).isFalse();
		assertThat(options.postgresPort()).isEqualTo(5432);
		assertThat(options.kafkaPort()).isEqualTo(9092);
		assertThat(options.smtpPort()).isEqualTo(3025);
		assertThat(options.mailApiPort()).isEqualTo(8025);
		assertThat(options.issuer()).isEqualTo("http://127.0.0.1:9000");
		assertThat(options.services()).extracting((service) -> service.name() + ":" + service.port())
			.containsExactly("incident-service:8081", "register-service:8082", "notification-service:8083",
					"letters-service:8084", "partner-sync-service:8085");
		assertThat(options.services().get(0).jar())
			.isEqualTo(Path.of("/repo/incident-service/target/incident-service-0.1.0-SNAPSHOT-exec.jar"));
	}

	@Test
	void demoCleanAndBaseDir() {
		CommandLine commandLine = CommandLine.parse("--repo", "/repo", "--demo", "--clean", "--base-dir", "/tmp/x");
		assertThat(commandLine.options().demo()).isTrue();
		assertThat(commandLine.clean()).isTrue();
		assertThat(commandLine.options().baseDir()).isEqualTo(Path.of("/tmp/x"));
		assertThat(commandLine.options().logDir()).isEqualTo(Path.of("/tmp/x/logs"));
	}

	@Test
	void classDataSharingIsTheDefaultUnlessTurnedOff() {
		assertThat(CommandLine.parse().options().classDataSharing()).isTrue();
		assertThat(CommandLine.parse("--no-cds").options().classDataSharing()).isFalse();
	}

	@Test
	void jvmOptionsForOneService() {
		LocalStackOptions options = CommandLine
			.parse("--jvm-options-for", "incident-service=-XX:TieredStopAtLevel=4  -Xmx300m")
			.options();
		assertThat(options.services()).filteredOn((service) -> service.name().equals("incident-service"))
			.singleElement()
			.extracting(ServiceDefinition::jvmOptions)
			.isEqualTo(java.util.List.of("-XX:TieredStopAtLevel=4", "-Xmx300m"));
		assertThat(options.services()).filteredOn((service) -> !service.name().equals("incident-service"))
			.allSatisfy((service) -> assertThat(service.jvmOptions()).isEmpty());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandLine.parse("--jvm-options-for", "incident-servic=-Xmx300m"))
			.withMessageContaining("No service named incident-servic");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandLine.parse("--jvm-options-for", "incident-service"))
			.withMessageContaining("SERVICE=");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandLine.parse("--jvm-options-for", "incident-service= "))
			.withMessageContaining("SERVICE=");
	}

	@Test
	void unknownOptionsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--demoo"))
			.withMessageContaining("--demoo");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--base-dir"))
			.withMessageContaining("needs a value");
	}

	@Test
	void freePortsAreAllDifferent() {
		LocalStackOptions options = LocalStackOptions.onFreePorts(Path.of("/repo"), Path.of("/tmp/stack"));
		java.util.List<Integer> ports = new java.util.ArrayList<>(java.util.List.of(options.postgresPort(),
				options.kafkaPort(), options.smtpPort(), options.mailApiPort(), options.authPort()));
		options.services().forEach((service) -> ports.add(service.port()));
		assertThat(ports).doesNotHaveDuplicates().doesNotContain(0);
	}

}
