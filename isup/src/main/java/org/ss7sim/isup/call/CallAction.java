package org.ss7sim.isup.call;

/**
 * What the call shell ({@link CallProcessing}) does after a {@link CallStateMachine} transition, in
 * the order the machine lists them. The shell fills in the values (cause, digits, event) from the
 * request or message that caused the transition.
 */
public enum CallAction {
  // ---- timers ----
  /** Start T7 (awaiting ACM), replacing the call timer running. */
  START_T7,
  /** Start T8 (awaiting COT). */
  START_T8,
  /** Start T9 (awaiting answer), replacing T7. */
  START_T9,
  /** Stop T7, T8 or T9. */
  STOP_CALL_TIMER,
  /** Start T33 (awaiting INF). */
  START_T33,
  /** Stop T33. */
  STOP_T33,
  /** Stop every timer of the call. */
  STOP_TIMERS,
  /** Start T1 and T5 (awaiting RLC); before REL is sent. */
  START_T1_T5,
  /** Start T1 again (REL repeated). */
  START_T1,
  // ---- messages to the peer ----
  /** IAM on the seized circuit (and COT when this end checks continuity). */
  SEND_IAM,
  SEND_SAM,
  SEND_ACM,
  SEND_CPG,
  SEND_CON,
  SEND_ANM,
  SEND_INR,
  SEND_INF,
  /** REL with the release cause (repeated on T1 with the same cause). */
  SEND_REL,
  SEND_RLC,
  // ---- call records ----
  /** Note the time of alerting (post-dial delay). */
  MARK_ALERTING,
  /** Note the time of answer. */
  MARK_ANSWER,
  /** Leave the circuit without freeing the call (dual seizure lost). */
  LEAVE_CIRCUIT,
  /** Free the circuit and forget the call. */
  FINISH,
  /** Hand the circuit to the reset procedure and alert maintenance (T5, Q.764 §2.10.2). */
  RESET_CIRCUIT,
  // ---- indications to the user ----
  INDICATE_INCOMING,
  INDICATE_MORE_DIGITS,
  INDICATE_ALERTING,
  INDICATE_PROGRESS,
  INDICATE_ANSWER,
  /** The call is over (exactly once per call the user knows of). */
  INDICATE_RELEASE
}
