package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's arguments.
 *
 * @param options the stack options they give
 * @param clean whether to delete the stack's data first
 * @param help whether only the usage was asked for
 */
record CommandLine(LocalStackOptions options, boolean clean, boolean help) {

	static final String USAGE = """
			Usage: ./run-local.sh [--build] [--clean] [--demo] [--no-cds] [--base-dir DIR]
			                      [--jvm-options-for SERVICE="OPTS"]
			  --build         rebuild the jars first (run-local.sh only)
			  --clean         delete the data and logs first (fresh databases and topics)
			  --demo          load a small fictitious scenario through the public APIs
			  --no-cds        start the services without class-data sharing (AppCDS; by
			                  default the first start records an archive, later ones use it)
			  --repo DIR      the repository root (default: the working directory)
			  --base-dir DIR  data and logs (default: <repo>/.local-stack)
			  --jvm-options-for SERVICE="OPTS"
			                  JVM options for that service only, after the defaults
			                  (repeatable); e.g. incident-service="-XX:TieredStopAtLevel=4"
			                  for C2: slower to start, less CPU per request once warm""";

	static CommandLine parse(String... args) {
		Path repository = Path.of("").toAbsolutePath();
		Path baseDir = null;
		boolean demo = false;
		boolean clean = false;
		boolean help = false;
		boolean classDataSharing = true;
		List<JvmOptionsFor> ownJvmOptions = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--demo" -> demo = true;
				case "--clean" -> clean = true;
				case "--help", "-h" -> help = true;
				case "--no-cds" -> classDataSharing = false;
				case "--repo" -> repository = Path.of(value(args, ++i, "--repo")).toAbsolutePath();
				case "--base-dir" -> baseDir = Path.of(value(args, ++i, "--base-dir"));
				case "--jvm-options-for" ->
					ownJvmOptions.add(JvmOptionsFor.parse(value(args, ++i, "--jvm-options-for")));
				default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
			}
		}
		LocalStackOptions options = LocalStackOptions.defaults(repository)
			.withDemo(demo)
			.withClassDataSharing(classDataSharing);
		if (baseDir != null) {
			options = options.withBaseDir(baseDir);
		}
		for (JvmOptionsFor own : ownJvmOptions) {
			options = options.withJvmOptionsFor(own);
		}
		return new CommandLine(options, clean, help);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

}
