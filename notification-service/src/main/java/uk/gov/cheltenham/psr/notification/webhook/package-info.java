/**
 * The webhook adapter: POSTs signed team notices to team endpoints with the JDK HTTP
 * client. See {@link uk.gov.cheltenham.psr.notification.webhook.WebhookSignature} for
 * what a receiver checks.
 */
package uk.gov.cheltenham.psr.notification.webhook;
