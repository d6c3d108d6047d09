/**
 * Benchmarks of the whole system on one machine (issue 10): decision to marker latency
 * (P1) beside the local floor, intake throughput (P2), start-up and memory (P3). Run by
 * {@code benchmarks/run.sh}; nothing here runs in the normal build.
 */
package uk.gov.cheltenham.psr.benchmarks;
