package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How calls from CBH are authenticated beyond the token ({@code psr.partner.inbound.*},
 * P2).
 *
 * @param signingSecret the secret CBH signs each call with (not the one PSR signs its own
 * calls to CBH with)
 * @param maxClockSkew how far a call's timestamp may be from this server's clock; an
 * older call is a replay
 */
@ConfigurationProperties("psr.partner.inbound")
@Validated
public record PartnerInboundProperties(@NotBlank String signingSecret, @DefaultValue("5m") Duration maxClockSkew) {

}
