/**
 * Subject access (D4): the CRO opens a request for one entry; the register gathers what
 * it holds and asks the other four services for theirs over their internal APIs; a part
 * that could not be gathered is shown as missing and gathered again on request; the CRO
 * redacts exempt items with a reason and releases the bundle (JSON plus the letters'
 * PDFs) once, only when every part is there. Everything is audited (D3). Requests and
 * their gathered data go with the entry when it is purged (R12, D5).
 */
package uk.gov.cheltenham.psr.register.sar;
