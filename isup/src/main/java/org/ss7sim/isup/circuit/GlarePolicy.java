package org.ss7sim.isup.circuit;

/**
 * Which exchange controls a two-way circuit when both seize it at once (dual seizure, Q.764
 * §2.9.1.4).
 */
public enum GlarePolicy {
  /**
   * Q.764 §2.9.1.4: the exchange with the higher signalling point code controls the even-numbered
   * circuits, the other one the odd-numbered circuits.
   */
  POINT_CODE_EVEN_ODD,
  /** The exchange with the higher signalling point code controls every circuit of the group. */
  HIGHER_POINT_CODE_CONTROLS_ALL
}
