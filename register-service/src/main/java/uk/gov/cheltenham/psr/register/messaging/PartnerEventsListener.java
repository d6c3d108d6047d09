package uk.gov.cheltenham.psr.register.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.PartnerUpdateReceived;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskSubject;
import uk.gov.cheltenham.psr.register.task.CroTasks;
import uk.gov.cheltenham.psr.register.task.TaskKind;

/**
 * Takes partner-sync-service's receipts of CBH updates: each becomes one task for the
 * CRO, and the register never changes by itself from one (P2).
 */
@Configuration(proxyBeanMethods = false)
class PartnerEventsListener {

	@Bean
	Consumer<Message<byte[]>> partnerEvents(IncomingEvents incoming, CroTasks tasks) {
		return incoming.handlers(IncidentEventsListener.CONSUMER)
			.on(PartnerUpdateReceived.class,
					(received) -> tasks.raise(TaskKind.PARTNER_UPDATE, "partner-update:" + received.receiptId(),
							new TaskSubject(null, null, received.receiptId()),
							"CBH sent a " + received.changeKind() + " update under agreement "
									+ received.agreementReference()
									+ ": read it in partner-sync-service and decide what changes"));
	}

}
