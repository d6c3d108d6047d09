package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Entry point of the broker's child JVM: optionally formats the storage, then runs
 * {@code kafka.Kafka}, and exits when the parent JVM goes away so a crashed or killed
 * test run leaves no orphan broker behind.
 * <p>
 * Arguments: {@code [--format <clusterId>] server.properties}. Formatting runs
 * {@code kafka.tools.StorageTool format -t <clusterId> -c server.properties} in this JVM,
 * which saves starting a JVM just for that.
 */
public final class KafkaServerMain {

	private KafkaServerMain() {
	}

	public static void main(String[] args) throws Exception {
		Thread watchdog = new Thread(KafkaServerMain::exitWhenParentGoes, "psr-parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		String[] serverArgs = args;
		if (args.length >= 3 && args[0].equals("--format")) {
			serverArgs = Arrays.copyOfRange(args, 2, args.length);
			// a static quorum (controller.quorum.voters) needs neither --standalone nor
			// --initial-controllers
			int exitCode = kafka.tools.StorageTool
				.execute(new String[] { "format", "-t", args[1], "-c", serverArgs[0] }, System.out);
			if (exitCode != 0) {
				System.err.println("Kafka storage format failed with exit code " + exitCode);
				System.exit(exitCode);
			}
		}
		kafka.Kafka.main(serverArgs);
	}

	private static void exitWhenParentGoes() {
		InputStream in = System.in;
		try {
			while (in.read() != -1) {
				// the parent never writes; keep reading until the pipe closes
			}
		}
		catch (IOException ex) {
			// a broken pipe means the same as end-of-file
		}
		// System.exit runs Kafka's shutdown hook, so the log is closed cleanly
		System.exit(0);
	}

}
