package uk.gov.cheltenham.psr.register.review;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.HousekeepingTask;

/** Runs R9's escalation of overdue reviews with the register's housekeeping. */
@Component
class OverdueEscalation implements HousekeepingTask {

	private final Reviews reviews;

	OverdueEscalation(Reviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void run() {
		this.reviews.escalateOverdue();
	}

}
