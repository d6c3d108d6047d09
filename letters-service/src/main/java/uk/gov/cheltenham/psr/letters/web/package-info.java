/** HTTP adapters of the letters API. */
package uk.gov.cheltenham.psr.letters.web;
