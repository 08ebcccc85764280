package org.ss7sim.isup.call;

/**
 * The next-state view of {@link CallStateMachine}'s table, for callers that only ask where an event
 * leads and whether it is allowed.
 */
public final class CallStateTable {
  private CallStateTable() {}

  /** The next state after {@code event} in {@code state}, or {@code null} when unexpected. */
  public static CallState next(CallState state, CallEvent event) {
    CallStateMachine.Outcome o = CallStateMachine.handle(state, event);
    return o.expected() ? o.next() : null;
  }

  /** Whether {@code event} is allowed in {@code state}. */
  public static boolean allowed(CallState state, CallEvent event) {
    return CallStateMachine.allowed(state).contains(event);
  }
}
