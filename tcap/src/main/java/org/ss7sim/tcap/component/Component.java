package org.ss7sim.tcap.component;

/**
 * One TCAP component (Q.773 §3.2).
 *
 * <pre>
 * Component ::= CHOICE {
 *   invoke              [1] Invoke,
 *   returnResultLast    [2] ReturnResult,
 *   returnError         [3] ReturnError,
 *   reject              [4] Reject,
 *   returnResultNotLast [7] ReturnResult }
 * </pre>
 */
public sealed interface Component permits Invoke, ReturnResult, ReturnError, Reject {
  /** The invoke id the component carries, or null for a Reject with a not-derivable id. */
  InvokeId invokeId();

  /** The component type (its wire tag). */
  ComponentType type();
}
