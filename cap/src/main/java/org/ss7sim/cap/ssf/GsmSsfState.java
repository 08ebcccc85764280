package org.ss7sim.cap.ssf;

/**
 * States of the gsmSSF for one call (TS 29.078 §4.1.1.2, the gsmSSF FSM: state a Idle, state b
 * Waiting_For_Instructions, state d Monitoring). The assist states c and e
 * (Waiting_For_End_Of_Temporary_Connection, Waiting_For_End_Of_User_Interaction) are not modelled:
 * this gsmSSF has no gsmSRF.
 */
public enum GsmSsfState {
  /** No relationship with a gsmSCF for this call. */
  IDLE,
  /** InitialDP or an EDP-R report sent, call processing suspended, Tssf running. */
  WAITING_FOR_INSTRUCTIONS,
  /** Call processing resumed with EDPs armed or reports outstanding (ApplyChargingReport …). */
  MONITORING
}
