/**
 * Screening of relayed messages: a hook the SCCP relay (SCRC, Q.714 §2.3) consults after global
 * title translation and before it forwards a message received from MTP, as a signalling firewall in
 * an STP does (GSMA FS.11 places the SS7 firewall there). The SCCP layer knows nothing of TCAP or
 * MAP; the verdict tells it to forward, discard, return the message (UDTS with a cause, Q.714 §4.2)
 * or answer the calling party with user data the screening built (e.g. a TCAP abort).
 */
package org.ss7sim.sccp.screening;
