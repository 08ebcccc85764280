package org.ss7sim.isup.circuit;

import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.BLOCKED;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.BLOCKING;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.UNBLOCKED;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.UNBLOCKING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ss7sim.isup.circuit.Circuit.LocalBlocking;

/**
 * This end's maintenance blocking of one circuit (Q.764 §2.8.2.1 BLO/UBL with T12–T15, the
 * per-circuit effect of §2.8.2.2 CGBA/CGUA, and §2.10.3.1: a reset makes this end tell its blocking
 * again). Pure: {@link #handle} returns the next state and the actions; {@link CircuitSupervision}
 * carries them out. The table of allowed events per state drives the unexpected path (an unexpected
 * BLA or UBA is discarded and counted) and {@code BlockingStateMachineTest}.
 */
public final class BlockingStateMachine {
  /** Events, grouped by source. */
  public enum Event {
    // ---- maintenance ----
    /** Block the circuit for maintenance. */
    BLOCK,
    /** Unblock it. */
    UNBLOCK,
    // ---- peer ----
    /** BLA received. */
    BLOCKING_ACKNOWLEDGED,
    /** UBA received. */
    UNBLOCKING_ACKNOWLEDGED,
    /** CGBA (maintenance) received marking this circuit. */
    GROUP_BLOCKING_ACKNOWLEDGED,
    /** CGUA (maintenance) received marking this circuit. */
    GROUP_UNBLOCKING_ACKNOWLEDGED,
    /** RSC received: the remote end forgot this end's blocking (§2.10.3.1 c). */
    RESET_RECEIVED,
    // ---- this end's reset procedure and MTP ----
    /** A reset or MTP-PAUSE interrupted the procedure and is over: restart it. */
    PROCEDURE_RESUMED
  }

  /** What to do, in order. */
  public enum Action {
    /** Send BLO; T12 repeats it, T13 alerts maintenance (replaces the circuit's procedure). */
    START_BLOCKING,
    /** Send UBL; T14 repeats it, T15 alerts maintenance. */
    START_UNBLOCKING,
    /** Stop the circuit's repeating procedure. */
    STOP_PROCEDURE
  }

  /**
   * @param next the state after the event (unchanged when unexpected)
   * @param actions in order
   * @param expected false when the event is not allowed in the state
   */
  public record Outcome(LocalBlocking next, List<Action> actions, boolean expected) {
    public Outcome {
      actions = List.copyOf(actions);
    }
  }

  private static final Map<LocalBlocking, EnumMap<Event, Outcome>> TABLE =
      new EnumMap<>(LocalBlocking.class);

  static {
    for (LocalBlocking s : LocalBlocking.values()) {
      TABLE.put(s, new EnumMap<>(Event.class));
      // §2.8.2.2: a group acknowledgement settles each circuit it marks, whatever was in progress.
      row(s, Event.GROUP_BLOCKING_ACKNOWLEDGED, BLOCKED, Action.STOP_PROCEDURE);
      row(s, Event.GROUP_UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, Action.STOP_PROCEDURE);
    }
    row(UNBLOCKED, Event.BLOCK, BLOCKING, Action.START_BLOCKING);
    row(UNBLOCKED, Event.UNBLOCK, UNBLOCKED);
    row(UNBLOCKED, Event.RESET_RECEIVED, UNBLOCKED);
    row(UNBLOCKED, Event.PROCEDURE_RESUMED, UNBLOCKED);

    row(BLOCKING, Event.BLOCK, BLOCKING);
    row(BLOCKING, Event.UNBLOCK, UNBLOCKING, Action.START_UNBLOCKING);
    row(BLOCKING, Event.BLOCKING_ACKNOWLEDGED, BLOCKED, Action.STOP_PROCEDURE);
    row(BLOCKING, Event.RESET_RECEIVED, BLOCKING);
    row(BLOCKING, Event.PROCEDURE_RESUMED, BLOCKING, Action.START_BLOCKING);

    row(BLOCKED, Event.BLOCK, BLOCKED);
    row(BLOCKED, Event.UNBLOCK, UNBLOCKING, Action.START_UNBLOCKING);
    // §2.10.3.1: after an RSC from the remote end, BLO is sent again.
    row(BLOCKED, Event.RESET_RECEIVED, BLOCKING, Action.START_BLOCKING);
    row(BLOCKED, Event.PROCEDURE_RESUMED, BLOCKED);

    row(UNBLOCKING, Event.BLOCK, BLOCKING, Action.START_BLOCKING);
    row(UNBLOCKING, Event.UNBLOCK, UNBLOCKING);
    row(UNBLOCKING, Event.UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, Action.STOP_PROCEDURE);
    row(UNBLOCKING, Event.RESET_RECEIVED, UNBLOCKING);
    row(UNBLOCKING, Event.PROCEDURE_RESUMED, UNBLOCKING, Action.START_UNBLOCKING);
  }

  private BlockingStateMachine() {}

  private static void row(LocalBlocking from, Event event, LocalBlocking to, Action... actions) {
    if (TABLE.get(from).put(event, new Outcome(to, List.of(actions), true)) != null) {
      throw new IllegalStateException("duplicate row " + from + " " + event);
    }
  }

  public static Outcome handle(LocalBlocking state, Event event) {
    Outcome o = TABLE.get(state).get(event);
    return o != null ? o : new Outcome(state, List.of(), false);
  }

  /** The events allowed in {@code state}. */
  public static Set<Event> allowed(LocalBlocking state) {
    return Collections.unmodifiableSet(TABLE.get(state).keySet());
  }
}
