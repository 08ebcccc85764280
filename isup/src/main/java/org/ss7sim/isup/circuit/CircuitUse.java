package org.ss7sim.isup.circuit;

/**
 * What occupies a circuit (a call). Supervision does not act on it: when a circuit is reset,
 * hardware blocked, unequipped or paused it tells its {@link CallClearing} listener, which clears
 * the call.
 */
public interface CircuitUse {
  /** Whether the use is an outgoing call (circuit group query response, Q.763 §3.14). */
  boolean outgoing();
}
