package uk.gov.cheltenham.psr.notification.reminder;

import java.util.EnumMap;
import java.util.Map;

/**
 * The shared mailbox of each role that reminders go to, from configuration. Every role
 * must have one: a reminder that cannot be addressed would be lost silently.
 */
public final class ReminderMailboxes {

	private final Map<StaffRole, String> mailboxes;

	/**
	 * @throws IllegalArgumentException if a role has no mailbox, or one that cannot be an
	 * email address (blank, no {@code @}, control characters)
	 */
	public ReminderMailboxes(Map<StaffRole, String> mailboxes) {
		Map<StaffRole, String> checked = new EnumMap<>(StaffRole.class);
		for (StaffRole role : StaffRole.values()) {
			String address = mailboxes.get(role);
			if (address == null || address.isBlank()) {
				throw new IllegalArgumentException("No reminder mailbox for role " + role);
			}
			String stripped = address.strip();
			if (!stripped.contains("@") || stripped.chars().anyMatch((c) -> Character.isISOControl(c) || c == ' ')) {
				throw new IllegalArgumentException("The reminder mailbox for role " + role + " is not an address");
			}
			checked.put(role, stripped);
		}
		this.mailboxes = Map.copyOf(checked);
	}

	public String of(StaffRole role) {
		return this.mailboxes.get(role);
	}

}
