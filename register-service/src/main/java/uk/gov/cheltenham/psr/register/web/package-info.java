/** HTTP adapters of the register API. */
package uk.gov.cheltenham.psr.register.web;
