/** The independent manager review of incidents (I9–I11). */
package uk.gov.cheltenham.psr.incident.review;
