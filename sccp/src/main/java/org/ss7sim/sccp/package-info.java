/**
 * The connectionless SCCP service (Q.711 §3–§6) offered to SCCP users such as TCAP: addresses
 * ({@link org.ss7sim.sccp.SccpAddress}, {@link org.ss7sim.sccp.GlobalTitle}, {@link
 * org.ss7sim.sccp.Ssn}), N-UNITDATA request and indication, N-NOTICE, N-STATE and N-PCSTATE.
 */
package org.ss7sim.sccp;
