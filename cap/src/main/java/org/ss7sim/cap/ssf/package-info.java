/**
 * The gsmSSF side of CAP call control (TS 29.078 §4.1.1): the gsmSSF FSM of one call as a pure
 * table ({@link org.ss7sim.cap.ssf.GsmSsfMachine}: Idle, Waiting_For_Instructions, Monitoring, with
 * Tssf). The shell that drives it from a TCAP dialogue and an MSC's call is not written yet.
 */
package org.ss7sim.cap.ssf;
