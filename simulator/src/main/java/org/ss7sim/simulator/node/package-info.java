/**
 * The node kinds of DESIGN.md §3 on top of their stacks: the switch ({@link
 * org.ss7sim.simulator.node.Ssp}: ISUP call control over trunk groups, simulated lines, the IN
 * trigger towards an SCP), the SCP (INAP number translation), and the outcome of one attempt as the
 * scenario engine counts it.
 */
package org.ss7sim.simulator.node;
