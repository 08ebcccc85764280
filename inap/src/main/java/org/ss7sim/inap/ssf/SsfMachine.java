package org.ss7sim.inap.ssf;

import java.util.EnumMap;
import java.util.Map;

/**
 * The transition table of the SSF's relationship with the SCF (Q.1214 §4.2.1.2, the SSF FSM states
 * "waiting for instructions" and "monitoring", reduced to what number translation uses). A pure
 * function: {@link SsfCall} applies the actions. An event missing from a state's row is unexpected
 * there and ignored (and counted).
 */
public final class SsfMachine {
  private static final Map<SsfState, Map<SsfEvent, SsfState>> TABLE = new EnumMap<>(SsfState.class);

  static {
    row(
        SsfState.WAITING_FOR_INSTRUCTIONS,
        SsfEvent.INSTRUCTION,
        SsfState.ENDED,
        SsfEvent.INSTRUCTION_WITH_MONITORING,
        SsfState.MONITORING,
        SsfEvent.ARMING_ONLY,
        SsfState.WAITING_FOR_INSTRUCTIONS,
        SsfEvent.FAILURE,
        SsfState.ENDED,
        SsfEvent.CLOSE,
        SsfState.ENDED,
        SsfEvent.TSSF_EXPIRED,
        SsfState.ENDED);
    row(
        SsfState.MONITORING,
        SsfEvent.EVENT_REPORTED,
        SsfState.MONITORING,
        SsfEvent.LAST_EVENT_REPORTED,
        SsfState.ENDED,
        SsfEvent.ARMING_ONLY,
        SsfState.MONITORING,
        SsfEvent.RELEASE_DURING_CALL,
        SsfState.ENDED,
        SsfEvent.FAILURE,
        SsfState.ENDED,
        SsfEvent.CLOSE,
        SsfState.ENDED);
    row(SsfState.ENDED);
  }

  private SsfMachine() {}

  private static void row(SsfState state, Object... pairs) {
    Map<SsfEvent, SsfState> m = new EnumMap<>(SsfEvent.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((SsfEvent) pairs[i], (SsfState) pairs[i + 1]);
    }
    TABLE.put(state, m);
  }

  /** The next state, or null when {@code event} is unexpected in {@code state}. */
  public static SsfState next(SsfState state, SsfEvent event) {
    return TABLE.get(state).get(event);
  }

  /** The events {@code state} accepts. */
  public static java.util.Set<SsfEvent> allowed(SsfState state) {
    return java.util.Collections.unmodifiableSet(TABLE.get(state).keySet());
  }
}
