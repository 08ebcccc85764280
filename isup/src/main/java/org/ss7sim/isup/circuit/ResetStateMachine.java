package org.ss7sim.isup.circuit;

import static org.ss7sim.isup.circuit.ResetState.AWAITING_GROUP_RESET_ACKNOWLEDGEMENT;
import static org.ss7sim.isup.circuit.ResetState.AWAITING_RELEASE_COMPLETE;
import static org.ss7sim.isup.circuit.ResetState.IDLE;
import static org.ss7sim.isup.circuit.ResetState.RESET_REQUIRED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reset of one circuit (Q.764 §2.10.3.1 RSC with T16/T17, the per-circuit effect of §2.10.3.2
 * GRS/GRA, and §2.13 MTP-PAUSE/RESUME). Pure: {@link #handle} returns the next state and the
 * actions; {@link CircuitSupervision} carries them out. The table of allowed events per state
 * drives the unexpected path (an RLC nobody waits for is discarded and counted) and {@code
 * ResetStateMachineTest}.
 */
public final class ResetStateMachine {
  /** Events, grouped by source. */
  public enum Event {
    // ---- maintenance (and MTP-RESUME) ----
    /** Reset this circuit alone: RSC. */
    RESET,
    /** Reset it with its group: GRS (sent by the group procedure). */
    GROUP_RESET,
    // ---- peer ----
    /** RLC for our RSC. */
    RELEASE_COMPLETE,
    /** GRA covering this circuit. */
    GROUP_RESET_ACKNOWLEDGED,
    /** RSC received (§2.10.3.1): answered with RLC. */
    RESET_RECEIVED,
    /** GRS received covering this circuit (§2.10.3.2): GRA is sent for the group. */
    GROUP_RESET_RECEIVED,
    // ---- MTP (§2.13) ----
    /** MTP-PAUSE with no call on the circuit. */
    PAUSE,
    /** MTP-PAUSE with a call on the circuit: its state is unknown to the remote end. */
    PAUSE_WITH_CALL
  }

  /** What to do, in order. */
  public enum Action {
    /** Clear the call on the circuit locally (no REL). */
    CLEAR_CALL,
    /** Send RSC; T16 repeats it, T17 alerts maintenance (replaces the circuit's procedure). */
    START_RESET,
    /** Stop the circuit's repeating procedure. */
    STOP_PROCEDURE,
    /** Remove the remote end's maintenance blocking. */
    CLEAR_REMOTE_BLOCKING,
    /** Send RLC. */
    SEND_RELEASE_COMPLETE,
    /** Restart the blocking procedure the reset interrupted ({@link BlockingStateMachine}). */
    RESUME_BLOCKING
  }

  /**
   * @param next the state after the event (unchanged when unexpected)
   * @param actions in order
   * @param expected false when the event is not allowed in the state
   */
  public record Outcome(ResetState next, List<Action> actions, boolean expected) {
    public Outcome {
      actions = List.copyOf(actions);
    }
  }

  private static final Map<ResetState, EnumMap<Event, Outcome>> TABLE =
      new EnumMap<>(ResetState.class);

  static {
    for (ResetState s : ResetState.values()) {
      TABLE.put(s, new EnumMap<>(Event.class));
      // §2.10.3.1 a: a reset clears the call and (re)starts RSC; §2.10.3.2 likewise for GRS.
      row(s, Event.RESET, AWAITING_RELEASE_COMPLETE, Action.CLEAR_CALL, Action.START_RESET);
      row(
          s,
          Event.GROUP_RESET,
          AWAITING_GROUP_RESET_ACKNOWLEDGEMENT,
          Action.CLEAR_CALL,
          Action.STOP_PROCEDURE);
      // The GRA settles every circuit of its range (its status bits carry the remote blocking).
      row(
          s,
          Event.GROUP_RESET_ACKNOWLEDGED,
          s == RESET_REQUIRED ? RESET_REQUIRED : IDLE,
          Action.STOP_PROCEDURE,
          Action.RESUME_BLOCKING);
      // A reset from the remote end settles what this end owed; its own reset goes on.
      ResetState afterRemote = s == RESET_REQUIRED ? IDLE : s;
      row(
          s,
          Event.RESET_RECEIVED,
          afterRemote,
          Action.CLEAR_CALL,
          Action.CLEAR_REMOTE_BLOCKING,
          Action.SEND_RELEASE_COMPLETE);
      row(
          s,
          Event.GROUP_RESET_RECEIVED,
          afterRemote,
          Action.CLEAR_CALL,
          Action.CLEAR_REMOTE_BLOCKING);
      // §2.13: procedures stop; a call or a reset in progress leaves the circuit unknown.
      row(s, Event.PAUSE_WITH_CALL, RESET_REQUIRED, Action.CLEAR_CALL, Action.STOP_PROCEDURE);
      row(s, Event.PAUSE, s == IDLE ? IDLE : RESET_REQUIRED, Action.STOP_PROCEDURE);
    }
    row(
        AWAITING_RELEASE_COMPLETE,
        Event.RELEASE_COMPLETE,
        IDLE,
        Action.STOP_PROCEDURE,
        Action.RESUME_BLOCKING);
  }

  private ResetStateMachine() {}

  private static void row(ResetState from, Event event, ResetState to, Action... actions) {
    if (TABLE.get(from).put(event, new Outcome(to, List.of(actions), true)) != null) {
      throw new IllegalStateException("duplicate row " + from + " " + event);
    }
  }

  public static Outcome handle(ResetState state, Event event) {
    Outcome o = TABLE.get(state).get(event);
    return o != null ? o : new Outcome(state, List.of(), false);
  }

  /** The events allowed in {@code state}. */
  public static Set<Event> allowed(ResetState state) {
    return Collections.unmodifiableSet(TABLE.get(state).keySet());
  }
}
