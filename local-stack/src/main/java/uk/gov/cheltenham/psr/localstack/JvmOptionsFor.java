package uk.gov.cheltenham.psr.localstack;

import java.util.List;

/**
 * JVM options for one service only, given on a command line as {@code SERVICE="OPTS"}:
 * e.g. {@code incident-service="-XX:TieredStopAtLevel=4"} for the JIT a long-running
 * deployment uses.
 *
 * @param service the service's name
 * @param options the options, added after the ones every service gets
 */
public record JvmOptionsFor(String service, List<String> options) {

	public JvmOptionsFor {
		options = List.copyOf(options);
	}

	/**
	 * @param argument {@code SERVICE=OPTS}, the options separated by white space
	 * @return the service and its options
	 * @throws IllegalArgumentException if there is no service or no option
	 */
	public static JvmOptionsFor parse(String argument) {
		String[] pair = argument.split("=", 2);
		if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
			throw new IllegalArgumentException("--jvm-options-for needs SERVICE=\"OPTS\", not " + argument);
		}
		return new JvmOptionsFor(pair[0].strip(), List.of(pair[1].strip().split("\\s+")));
	}

}
