/**
 * One connectionless SCCP node over an MTP service (Q.714): {@link org.ss7sim.sccp.stack.SccpStack}
 * wires SCCP routing control (SCRC, Q.714 §2), connectionless control (SCLC, Q.714 §4: message
 * choice, segmentation and reassembly, return on error) and SCCP management (SCMG, Q.714 §5), and
 * offers the {@link org.ss7sim.sccp.SccpService} to local subsystems.
 */
package org.ss7sim.sccp.stack;
