package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the CPU priority of a running process with {@code renice}. On Linux niceness
 * belongs to each thread, and a new thread takes its creator's: so every thread the
 * process has is lowered, twice over, in case one not yet lowered started another. Where
 * there is no {@code /proc} or {@code renice} (Windows, macOS) the process keeps its
 * priority.
 */
final class ThreadPriority {

	private static final Logger logger = LoggerFactory.getLogger(ThreadPriority.class);

	private ThreadPriority() {
	}

	/**
	 * @param pid the process
	 * @param niceness 1 (a little lower) to 19 (lowest)
	 * @return whether it was lowered
	 */
	static boolean lower(long pid, int niceness) {
		Optional<Path> renice = Stream.of("/usr/bin/renice", "/bin/renice")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
		Path tasks = Path.of("/proc", Long.toString(pid), "task");
		if (renice.isEmpty() || !Files.isDirectory(tasks)) {
			return false;
		}
		try {
			for (int pass = 0; pass < 2; pass++) {
				List<String> command = new ArrayList<>(
						List.of(renice.get().toString(), "-n", Integer.toString(niceness), "-p"));
				try (Stream<Path> threads = Files.list(tasks)) {
					threads.map((thread) -> thread.getFileName().toString()).forEach(command::add);
				}
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			// gone meanwhile, or renice refused: it runs at normal priority
			logger.debug("Could not lower the priority of {}: {}", pid, ex.toString());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
