package org.ss7sim.isup.circuit;

/**
 * How a trunk group picks an idle circuit for an outgoing call (Q.764 §2.9.1.4 preventive action).
 */
public enum SelectionPolicy {
  /** Lowest idle CIC first. */
  SEQUENTIAL,
  /** Any idle CIC, uniformly at random (seeded). */
  RANDOM,
  /** The idle circuit released longest ago. */
  LEAST_RECENTLY_USED,
  /**
   * Circuits this exchange controls under the dual seizure rule first (highest first), the others
   * (lowest first) only when none is idle: the two ends then seize from opposite ends of the group.
   */
  ODD_EVEN
}
