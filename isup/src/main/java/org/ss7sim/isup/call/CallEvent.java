package org.ss7sim.isup.call;

/** Events of the call state machine, grouped by where they come from. */
public enum CallEvent {
  // from the user
  USER_SETUP,
  USER_MORE_DIGITS,
  USER_ALERT,
  USER_ANSWER,
  USER_RELEASE,
  USER_INFORMATION_REQUEST,
  USER_PROGRESS,
  // from the peer exchange
  PEER_IAM,
  PEER_IAM_INCOMPLETE,
  PEER_IAM_CONTINUITY_CHECK,
  PEER_SAM,
  PEER_SAM_LAST,
  PEER_COT_SUCCESS,
  PEER_COT_FAILURE,
  PEER_ACM,
  PEER_CPG,
  PEER_CON,
  PEER_ANM,
  PEER_SUS,
  PEER_RES,
  PEER_REL,
  PEER_RLC,
  PEER_INR,
  PEER_INF,
  // from timers
  T1_EXPIRY,
  T5_EXPIRY,
  T7_EXPIRY,
  T8_EXPIRY,
  T9_EXPIRY,
  T33_EXPIRY,
  // from this exchange's own procedures (refusal, protocol error)
  LOCAL_RELEASE,
  // from circuit supervision and management
  GLARE_LOST,
  CIRCUIT_CLEARED
}
