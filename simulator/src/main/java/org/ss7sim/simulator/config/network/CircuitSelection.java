package org.ss7sim.simulator.config.network;

/** How an SSP picks a free circuit of a trunk group for an outgoing call. */
public enum CircuitSelection {
  /** The lowest free CIC. */
  ASCENDING,
  /**
   * The highest free CIC; the usual choice of the other end, to make glare rare (Q.764 §2.10.1).
   */
  DESCENDING,
  /** The next free CIC after the one used last. */
  ROUND_ROBIN,
  /** A random free CIC. */
  RANDOM
}
