package uk.gov.cheltenham.psr.letters.web;

import jakarta.validation.constraints.NotNull;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;

/** How the letter goes out (L7): {@code EMAIL} or {@code POST}. */
record SendRequest(@NotNull DeliveryChannel channel) {
}
