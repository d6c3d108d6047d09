package uk.gov.cheltenham.psr.register;

import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assertions for the domain's rules, and for the rows of a state-transition table whose
 * expected column is either a rule id (the move is refused) or the state it leads to.
 */
public final class RuleAssertions {

	private RuleAssertions() {
	}

	/** The action is refused with a {@link RuleViolation} naming {@code rule}. */
	public static void assertRule(String rule, ThrowingCallable action) {
		assertThatThrownBy(action).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo(rule);
	}

	/** Whether a transition table's expected column names a rule, i.e. a refusal. */
	public static boolean isRule(String expected) {
		return expected.matches("R\\d+");
	}

	/**
	 * The move is refused naming {@code rule}, and nothing changed: {@code state} reads
	 * the same after as before.
	 */
	public static void assertRefusedUnchanged(String rule, ThrowingCallable move, Supplier<?> state) {
		Object before = state.get();
		assertRule(rule, move);
		assertThat(state.get()).isEqualTo(before);
	}

	/**
	 * The move from {@code from} by {@code command} is legal: it runs without throwing.
	 */
	public static void assertLegal(String from, String command, ThrowingCallable move) {
		try {
			move.call();
		}
		catch (Throwable ex) {
			throw new AssertionError(from + " then " + command + " should be legal", ex);
		}
	}

}
