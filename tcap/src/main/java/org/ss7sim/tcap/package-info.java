/**
 * The TC-user service (Q.771) over SCCP: {@link org.ss7sim.tcap.TcapStack} is the TC provider for
 * one subsystem, {@link org.ss7sim.tcap.Dialogue} the handle a TC-user sends components and
 * TC-BEGIN/CONTINUE/END/U-ABORT requests through, and {@link org.ss7sim.tcap.TcUser} the listener
 * that receives the indications. The transaction sublayer (Q.774 §3.1) and the component sublayer
 * (Q.774 §3.2) live in the stack and dialogue classes, their tables in {@code .transaction} and
 * {@code .component}.
 */
package org.ss7sim.tcap;
