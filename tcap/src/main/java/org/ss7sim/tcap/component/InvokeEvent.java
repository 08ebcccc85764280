package org.ss7sim.tcap.component;

/** Events of an invocation (Q.774 §3.2.2): from the peer, the user or the timers. */
public enum InvokeEvent {
  RETURN_RESULT_LAST_RECEIVED,
  RETURN_RESULT_NOT_LAST_RECEIVED,
  RETURN_ERROR_RECEIVED,
  REJECT_RECEIVED,
  LINKED_INVOKE_RECEIVED,
  INVOCATION_TIMEOUT,
  USER_CANCEL,
  /** TC-U-REJECT of a result or error of this invocation. */
  USER_REJECT,
  REJECT_TIMER_EXPIRED
}
