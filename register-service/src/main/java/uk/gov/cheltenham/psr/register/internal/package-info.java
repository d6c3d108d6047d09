/**
 * What the register discloses to other services at the time of use (R1, D1, D3): letter
 * details for letters-service (L1–L6) and the agreed fields for partner-sync-service
 * (P1), each only to its one service, each disclosure recorded in the read audit. A
 * purged entry is told apart from one that never existed (R12).
 */
package uk.gov.cheltenham.psr.register.internal;
