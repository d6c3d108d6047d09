package uk.gov.cheltenham.psr.platform.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What went wrong, as the chain of exception types, e.g.
 * {@code MailSendException <- SendFailedException}. Messages are left out: a server's
 * reply names the recipient and may quote what was sent (D1), and the description is
 * stored and shown.
 */
public final class FailureDescription {

	private static final int MAX_CAUSES = 5;

	private static final int MAX_TYPES = 8;

	private FailureDescription() {
	}

	/**
	 * The failure's cause chain, then those of failures it reports alongside (a mail
	 * sender's failed messages, say), joined by {@code " <- "}.
	 * @param failure what was thrown
	 * @param alongside further failures it carries outside its cause chain
	 * @param typeName how a type is named, e.g. {@code Class::getSimpleName}
	 * @return the description, free of any message
	 */
	public static String of(Throwable failure, Collection<? extends Throwable> alongside,
			Function<Class<?>, String> typeName) {
		List<String> types = new ArrayList<>();
		addChain(failure, types, MAX_CAUSES, typeName);
		alongside.forEach((nested) -> addChain(nested, types, MAX_TYPES, typeName));
		return String.join(" <- ", types);
	}

	private static void addChain(Throwable failure, List<String> types, int limit,
			Function<Class<?>, String> typeName) {
		Throwable cause = failure;
		while (cause != null && types.size() < limit) {
			types.add(typeName.apply(cause.getClass()));
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
	}

}
