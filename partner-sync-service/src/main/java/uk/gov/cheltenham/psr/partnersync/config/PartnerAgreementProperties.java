package uk.gov.cheltenham.psr.partnersync.config;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;

/**
 * The data-sharing agreement with CBH as configured ({@code psr.partner.*}).
 *
 * @param agreementReference the agreement's reference, e.g. {@code CBH-DSA-2024-01}
 * @param channel how updates reach CBH: {@code email} to {@code recipient}, or
 * {@code https} to {@code psr.partner.https.endpoint}
 * @param recipient the CBH contact mailbox
 * @param coveredEvents the register event types the agreement covers
 * @param disclosedFields the allow-list of field names that may be disclosed
 */
@ConfigurationProperties("psr.partner")
@Validated
public record PartnerAgreementProperties(@NotBlank String agreementReference,
		@DefaultValue("EMAIL") DeliveryChannel channel, @NotBlank @Email String recipient, @DefaultValue( {
				"EntryOpened", "EntryExtended", "EntryRemoved", "EntryPurged" }) List<String> coveredEvents,
		@NotEmpty @DefaultValue({ "entryId", "restrictions", "cautions", "reviewDue",
				"status" }) List<String> disclosedFields){

}
