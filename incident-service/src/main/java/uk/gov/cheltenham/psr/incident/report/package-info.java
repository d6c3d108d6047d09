/**
 * Incident reports (I1–I7): the {@link uk.gov.cheltenham.psr.incident.report.Incident}
 * aggregate holds the rules, including who may review it (I9) and which outcomes are
 * allowed (I10).
 */
package uk.gov.cheltenham.psr.incident.report;
