package uk.gov.cheltenham.psr.register.messaging;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.internalapi.ContactDetailsUpdate;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;
import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.platform.client.InternalApi;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.customer.CustomerSource;
import uk.gov.cheltenham.psr.register.customer.FetchedCustomer;
import uk.gov.cheltenham.psr.register.customer.ReportedContactDetails;
import uk.gov.cheltenham.psr.register.entry.IncidentType;

/**
 * The customer of an incident from incident-service's internal API (R2), called with this
 * service's client-credentials token. Here because the contract shares types with the
 * events (only messaging/ maps contracts).
 */
@Component
class IncidentServiceCustomers implements CustomerSource {

	static final String INCIDENT_SERVICE = "incident-service";

	private final InternalApi incidentService;

	IncidentServiceCustomers(InternalApis internalApis,
			@Value("${psr.services.incident-service.url}") String incidentServiceUrl) {
		this.incidentService = internalApis.forService(INCIDENT_SERVICE, incidentServiceUrl);
	}

	@Override
	public FetchOutcome fetch(UUID incidentId) {
		return ask(() -> {
			CustomerDetails details = this.incidentService.get(CustomerDetails.class, InternalPaths.INCIDENT_CUSTOMER,
					incidentId);
			if (details == null || details.incidentType() == null || details.occurredAt() == null) {
				return new Unavailable("incomplete answer");
			}
			return new Found(new FetchedCustomer(incidentId, details.customerName(),
					IncidentEventsListener.toTeamReferences(details.customerReferences()),
					IncidentType.valueOf(details.incidentType().name()), details.occurredAt(), details.serviceArea()));
		});
	}

	@Override
	public FetchOutcome fetchContactDetails(UUID updateId) {
		return ask(() -> {
			ContactDetailsUpdate update = this.incidentService.get(ContactDetailsUpdate.class,
					InternalPaths.CONTACT_DETAILS_UPDATE, updateId);
			if (update == null) {
				return new Unavailable("incomplete answer");
			}
			return new ContactDetailsFound(
					new ReportedContactDetails(update.address(), update.postcode(), update.phone(), update.email()));
		});
	}

	/** Asks incident-service, telling its answers apart as the fetch needs them. */
	private static FetchOutcome ask(Supplier<FetchOutcome> question) {
		try {
			return question.get();
		}
		catch (NotFound ex) {
			return new NotKnown();
		}
		catch (RecordGone ex) {
			return new Gone();
		}
		catch (ServiceUnavailable ex) {
			return new Unavailable(ex.getClass().getSimpleName());
		}
		catch (RuntimeException ex) {
			// a refused token or an unreadable answer: retried, then the CRO is told
			return new Unavailable(ex.getClass().getSimpleName());
		}
	}

}
