package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine the figures come from, as commands describe it. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		StringBuilder text = new StringBuilder();
		text.append("$ nproc\n").append(command("nproc"));
		text.append("$ free -g\n").append(command("free", "-g"));
		text.append("$ java -version\n")
			.append(command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version"));
		text.append("$ uname -srm\n").append(command("uname", "-srm"));
		return text.toString();
	}

	/** The 1, 5 and 15 minute load averages. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
			return String.join(" ", List.of(fields[0], fields[1], fields[2]));
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	/**
	 * What a figure was measured under, to print beside it: the machine is shared.
	 * @return e.g. {@code load 3.12 2.50 1.90 on 2 CPUs}
	 */
	static String conditions() {
		return "load " + loadAverage() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs";
	}

	/** The busiest processes now, by CPU share since they started. */
	static String busiestProcesses() {
		return command("ps", "-eo", "pid,pcpu,rss,etime,args", "--sort=-pcpu", "--cols", "140").lines()
			.limit(12)
			.reduce("", (all, line) -> all + line + "\n");
	}

	static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "(" + ex.getMessage() + ")\n";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(interrupted)\n";
		}
	}

}
