package uk.gov.cheltenham.psr.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

	@TempDir
	Path target;

	private ServiceDefinition service;

	private Path cdsDir;

	@BeforeEach
	void alreadyExtracted() throws Exception {
		Path jar = Files.writeString(this.target.resolve("incident-service-exec.jar"), "a jar");
		this.service = new ServiceDefinition("incident-service", 8081, jar, "incident", Map.of());
		this.cdsDir = Files.createDirectories(this.target.resolve("cds").resolve("incident-service"));
		Files.writeString(this.cdsDir.resolve("jar-fingerprint"),
				Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis(), StandardCharsets.UTF_8);
	}

	@Test
	void firstStartRecordsTheArchiveFromTheExtractedJar() {
		ClassDataSharing.Launch launch = ClassDataSharing.prepare(this.service);
		assertThat(launch.recording()).isTrue();
		assertThat(launch.jar()).isEqualTo(this.cdsDir.resolve("incident-service-exec.jar"));
		assertThat(launch.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + this.cdsDir.resolve("app.jsa"));
	}

	@Test
	void laterStartsUseTheArchive() throws Exception {
		Files.writeString(this.cdsDir.resolve("app.jsa"), "archive");
		ClassDataSharing.Launch launch = ClassDataSharing.prepare(this.service);
		assertThat(launch.recording()).isFalse();
		assertThat(launch.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + this.cdsDir.resolve("app.jsa"));
	}

	@Test
	void anEmptyArchiveIsRecordedAgain() throws Exception {
		Files.createFile(this.cdsDir.resolve("app.jsa"));
		assertThat(ClassDataSharing.prepare(this.service).recording()).isTrue();
	}

	@Test
	void aJarThatCannotBeExtractedStartsAsItIs() throws Exception {
		// another build of the jar (new fingerprint), and not a real Spring Boot jar
		Files.writeString(this.service.jar(), "another build");
		ClassDataSharing.Prepared prepared = ClassDataSharing.applyTo(this.service, List.of("-Xmx256m"));
		assertThat(prepared.service()).isEqualTo(this.service);
		assertThat(prepared.jvmOptions()).containsExactly("-Xmx256m");
	}

}
