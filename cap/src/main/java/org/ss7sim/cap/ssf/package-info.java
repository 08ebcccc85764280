/**
 * The gsmSSF side of CAP call control (TS 29.078 §4.1.1): the gsmSSF FSM of one call as a pure
 * table ({@link org.ss7sim.cap.ssf.GsmSsfMachine}: Idle, Waiting_For_Instructions, Monitoring, with
 * Tssf). {@link org.ss7sim.cap.ssf.GsmSsfService} and {@link org.ss7sim.cap.ssf.GsmSsfCall} are its
 * shell over TCAP: InitialDP, Tssf, the armed EDPs and the charging reports of one call.
 */
package org.ss7sim.cap.ssf;
