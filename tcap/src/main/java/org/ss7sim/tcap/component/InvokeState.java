package org.ss7sim.tcap.component;

/** States of one invocation at the invoking side (Q.774 §3.2.2, figure A.4). */
public enum InvokeState {
  /** No invocation with this id is pending. */
  IDLE,
  /**
   * The invoke was sent; a result, error or reject may come until the invocation timer runs out.
   */
  OPERATION_SENT,
  /**
   * The last result or error was received and given to the TC-user; the invoke id stays reserved
   * until the reject timer runs out, so the TC-user may still reject the result and a late
   * duplicate result is rejected.
   */
  WAIT_FOR_REJECT
}
