/**
 * Precautions for people without access to the register: the councillor check asked by
 * Democratic Services (R13) and the CRO's briefing note for a partner or contractor
 * (R14). Both answer with cautions and advice for staff only, never incidents or reasons,
 * and both are audited (D3).
 */
package uk.gov.cheltenham.psr.register.check;
