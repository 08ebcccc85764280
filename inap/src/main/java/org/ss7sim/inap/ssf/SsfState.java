package org.ss7sim.inap.ssf;

/**
 * States of the SSF's relationship with the SCF for one call (the SSF FSM of Q.1214 §4.2.1.2,
 * reduced to what the number-translation service uses).
 *
 * <pre>
 *   WAITING_FOR_INSTRUCTIONS --Connect/Continue/ReleaseCall--> MONITORING (events armed) or ENDED
 *   WAITING_FOR_INSTRUCTIONS --Tssf expiry / error / reject / abort--> ENDED (release decision)
 *   MONITORING --last armed event reported / ReleaseCall / abort / close--> ENDED
 * </pre>
 */
public enum SsfState {
  /** InitialDP sent, Tssf running, no instruction yet. */
  WAITING_FOR_INSTRUCTIONS,
  /** Decision delivered, armed BCSM events still to report. */
  MONITORING,
  /** The relationship is over; the dialogue is closed. */
  ENDED
}
