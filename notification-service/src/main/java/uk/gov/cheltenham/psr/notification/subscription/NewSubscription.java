package uk.gov.cheltenham.psr.notification.subscription;

import java.net.URI;

/** What a CRO asks for when subscribing a team; validated at the web edge. */
public record NewSubscription(String team, String email, URI webhookUrl, boolean active) {
}
