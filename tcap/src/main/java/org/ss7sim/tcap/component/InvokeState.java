package org.ss7sim.tcap.component;

/** States of one invocation at the invoking side (Q.774 §3.2.2, figure A.4, simplified). */
public enum InvokeState {
  /** No invocation with this id is pending. */
  IDLE,
  /**
   * The invoke was sent; a result, error or reject may come until the invocation timer runs out.
   */
  OPERATION_SENT
}
