/** The mail adapter: sends team notices through Spring Mail (SMTP). */
package uk.gov.cheltenham.psr.notification.mail;
