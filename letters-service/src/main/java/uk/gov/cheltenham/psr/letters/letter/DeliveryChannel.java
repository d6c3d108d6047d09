package uk.gov.cheltenham.psr.letters.letter;

/** How a letter reaches the customer (L7): by email, or on paper via the print queue. */
public enum DeliveryChannel {

	EMAIL, POST

}
