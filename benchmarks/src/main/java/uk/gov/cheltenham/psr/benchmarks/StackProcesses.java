package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import uk.gov.cheltenham.psr.localstack.LocalStackOptions;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * The stack's processes as the operating system sees them: each service JVM (from the
 * launcher's pid files), the broker's JVM (this JVM's child) and PostgreSQL (the
 * postmaster and its backends); their memory and CPU time from {@code /proc}.
 */
final class StackProcesses {

	static final String BROKER = "kafka broker";

	static final String POSTGRES = "postgresql (all backends)";

	static final String BENCHMARK = "benchmark driver (this JVM)";

	private final LocalStackOptions options;

	StackProcesses(LocalStackOptions options) {
		this.options = options;
	}

	Optional<ProcessHandle> service(String name) {
		Path pidFile = this.options.baseDir().resolve("run").resolve(name + ".pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<ProcessHandle> broker() {
		return ProcessHandle.current()
			.children()
			.filter((child) -> child.info().commandLine().orElse("").contains("KafkaServerMain")
					|| child.info().commandLine().orElse("").contains(this.options.kafkaDir().toString()))
			.findFirst();
	}

	List<ProcessHandle> postgres() {
		Path pidFile = this.options.postgresDir().resolve("postmaster.pid");
		try {
			String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
			Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(first));
			if (postmaster.isEmpty()) {
				return List.of();
			}
			List<ProcessHandle> all = new ArrayList<>();
			all.add(postmaster.get());
			postmaster.get().descendants().forEach(all::add);
			return all;
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
	}

	/**
	 * Every group of processes by name: the services, the broker, PostgreSQL, this JVM.
	 */
	Map<String, List<ProcessHandle>> groups() {
		Map<String, List<ProcessHandle>> groups = new LinkedHashMap<>();
		for (ServiceDefinition service : this.options.services()) {
			groups.put(service.name(), service(service.name()).stream().toList());
		}
		groups.put(BROKER, broker().stream().toList());
		groups.put(POSTGRES, postgres());
		groups.put(BENCHMARK, List.of(ProcessHandle.current()));
		return groups;
	}

	/** CPU time used so far by each group. */
	Map<String, Duration> cpu() {
		Map<String, Duration> cpu = new LinkedHashMap<>();
		groups().forEach((name, processes) -> cpu.put(name,
				processes.stream()
					.map((process) -> process.info().totalCpuDuration().orElse(Duration.ZERO))
					.reduce(Duration.ZERO, Duration::plus)));
		return cpu;
	}

	/**
	 * Resident memory of each group in MiB: VmRSS summed over its processes, and, since
	 * PostgreSQL's backends share memory, the proportional share (Pss) summed too.
	 */
	Map<String, Memory> memory() {
		Map<String, Memory> memory = new LinkedHashMap<>();
		groups().forEach((name, processes) -> memory.put(name,
				processes.stream().map(StackProcesses::memoryOf).reduce(new Memory(0, 0), Memory::plus)));
		return memory;
	}

	/** Resident and proportional set sizes in KiB. */
	record Memory(long rssKib, long pssKib) {

		Memory plus(Memory other) {
			return new Memory(this.rssKib + other.rssKib, this.pssKib + other.pssKib);
		}

		long rssMib() {
			return this.rssKib / 1024;
		}

		long pssMib() {
			return this.pssKib / 1024;
		}

	}

	static Memory memoryOf(ProcessHandle process) {
		Path proc = Path.of("/proc", Long.toString(process.pid()));
		return new Memory(kib(proc.resolve("status"), "VmRSS:"), kib(proc.resolve("smaps_rollup"), "Pss:"));
	}

	private static long kib(Path file, String field) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith(field))
				.findFirst()
				.map((line) -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]))
				.orElse(0L);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * The machine's busy CPU time so far (all processes, from {@code /proc/stat}), to see
	 * how much of it the stack had.
	 */
	static Duration machineBusy() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
			String[] cpu = lines.findFirst().orElseThrow().trim().split("\\s+");
			long busy = 0;
			// user nice system idle iowait irq softirq steal: all but idle and iowait
			for (int i = 1; i <= 8 && i < cpu.length; i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(cpu[i]);
				}
			}
			// USER_HZ is 100 on Linux
			return Duration.ofMillis(busy * 10);
		}
		catch (IOException | RuntimeException ex) {
			return Duration.ZERO;
		}
	}

}
