package uk.gov.cheltenham.psr.notification.delivery;

import java.util.UUID;

/**
 * What a team's webhook receives (M3): the kind of change, the team, its own customer
 * reference, when it happened and the delivery id to de-duplicate on. Nothing else can
 * reach it, because nothing else is passed in (M1, D1).
 *
 * @param event {@code MARKER_SET} or {@code MARKER_WITHDRAWN}
 * @param occurredAt ISO-8601 instant, as text so that the signed bytes never depend on a
 * serialiser's date settings
 */
public record WebhookNotice(String event, String team, String reference, String occurredAt, UUID deliveryId) {

	public static final String MARKER_SET = "MARKER_SET";

	public static final String MARKER_WITHDRAWN = "MARKER_WITHDRAWN";

}
