package uk.gov.cheltenham.psr.register.entry;

/**
 * A date-driven job of another feature (for example R9's escalation of overdue reviews)
 * that runs with the register's housekeeping, on its schedule and injected clock.
 */
public interface HousekeepingTask {

	void run();

}
