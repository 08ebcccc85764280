/**
 * The network runtime: every node of a loaded network file on its own event loop thread, with its
 * real stack (M3UA over the configured transport, SCCP with GTT on STPs, TCAP where the node has
 * subsystems), and the tracing of every message between nodes into the {@link
 * org.ss7sim.simulator.trace.Tracer} with flow labels for ladders.
 */
package org.ss7sim.simulator.network;
