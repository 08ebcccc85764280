package org.ss7sim.map.service;

import static org.ss7sim.map.service.MapDialogueMachine.Action.FAIL_PENDING;
import static org.ss7sim.map.service.MapDialogueMachine.Action.INDICATE_ABORT;
import static org.ss7sim.map.service.MapDialogueMachine.Action.INDICATE_CLOSE;
import static org.ss7sim.map.service.MapDialogueMachine.Action.PROCESS_COMPONENTS;
import static org.ss7sim.map.service.MapDialogueMachine.Action.PUSH_INVOKES;
import static org.ss7sim.map.service.MapDialogueMachine.Action.REFUSE;
import static org.ss7sim.map.service.MapDialogueMachine.Action.REMEMBER_BEGIN_REQUESTS;
import static org.ss7sim.map.service.MapDialogueMachine.Action.RESTART_AT_LOWER_VERSION;
import static org.ss7sim.map.service.MapDialogueMachine.Action.TC_BEGIN;
import static org.ss7sim.map.service.MapDialogueMachine.Action.TC_CONTINUE;
import static org.ss7sim.map.service.MapDialogueMachine.Action.TC_END;
import static org.ss7sim.map.service.MapDialogueMachine.Action.TC_U_ABORT;
import static org.ss7sim.map.service.MapDialogueMachine.State.AWAITING_ACCEPT;
import static org.ss7sim.map.service.MapDialogueMachine.State.CLOSED;
import static org.ss7sim.map.service.MapDialogueMachine.State.DIALOGUE_ESTABLISHED;
import static org.ss7sim.map.service.MapDialogueMachine.State.DIALOGUE_INITIATED;
import static org.ss7sim.map.service.MapDialogueMachine.State.IDLE;

import java.util.List;

/**
 * The MAP dialogue state machine (TS 29.002 §15.2 dialogue establishment, process MAP_DSM figure
 * 15.6/3; §15.4.2 for the empty TC-BEGIN; §14.2.2 version fallback), pure: {@link #handle} returns
 * the next state and what the shell ({@link MapStack}) does, in order.
 *
 * <pre>
 * state \ event         DELIM        DELIM_HOLD    CLOSE   U_ABORT  TC_CONT      TC_END  TC_ABORT  TC_ABORT_FB
 * IDLE                  INITIATED    AWAIT_ACCEPT  -       CLOSED   -            -       CLOSED    -
 * DIALOGUE_INITIATED    -            -             -       CLOSED   ESTABLISHED  CLOSED  CLOSED    IDLE
 * AWAITING_ACCEPT       AWAIT_ACC.   AWAIT_ACC.    -       CLOSED   ESTABLISHED  CLOSED  CLOSED    IDLE
 * DIALOGUE_ESTABLISHED  ESTABLISHED  ESTABLISHED   CLOSED  CLOSED   ESTABLISHED  CLOSED  CLOSED    -
 * CLOSED                -            -             -       CLOSED   -            -       -         -
 * </pre>
 *
 * The responding side starts in DIALOGUE_ESTABLISHED (this stack answers MAP-OPEN at once; the
 * spec's DIALOGUE PENDING has no event here). Unexpected events, by source: a MAP-user request is
 * refused (IllegalStateException to the caller); a TC indication on a closed dialogue is ignored; a
 * fallback abort where no fallback applies is an abort; a TC-CONTINUE or TC-END before the dialogue
 * was begun cannot reach us (TCAP refuses it) and is ignored.
 */
public final class MapDialogueMachine {
  /** States of a MAP dialogue, named as MAP_DSM names them where it has them. */
  public enum State {
    /** Initiator before MAP-DELIMITER: requests are queued. */
    IDLE,
    /** TC-BEGIN sent with the invokes, waiting for the peer's first answer. */
    DIALOGUE_INITIATED,
    /** An empty TC-BEGIN sent; the invokes wait for the peer's TC-CONTINUE (§15.4.2). */
    AWAITING_ACCEPT,
    DIALOGUE_ESTABLISHED,
    CLOSED
  }

  /** Events, grouped by source: the MAP user, then TC indications. */
  public enum Event {
    // MAP user
    /** MAP-DELIMITER: send what is queued. */
    DELIMITER,
    /** MAP-DELIMITER whose TC-BEGIN would be too large: open empty, hold the invokes. */
    DELIMITER_HOLDING_INVOKES,
    /** MAP-CLOSE. */
    CLOSE,
    /** MAP-U-ABORT (also this layer's own aborts: a user failure, undecodable MAP-OPEN). */
    U_ABORT,
    // TC indications
    TC_CONTINUE,
    TC_END,
    /** TC-U-ABORT or TC-P-ABORT with no version to fall back to. */
    TC_ABORT,
    /** TC-U/P-ABORT refusing the version, with a lower one to retry at (§14.2.2). */
    TC_ABORT_FALLBACK
  }

  /** What the shell does. */
  public enum Action {
    /** Keep the queued requests, to retry them after a version fallback. */
    REMEMBER_BEGIN_REQUESTS,
    /** Hand the queued invokes to TCAP. */
    PUSH_INVOKES,
    TC_BEGIN,
    TC_CONTINUE,
    TC_END,
    /** TC-U-ABORT, if the TCAP dialogue is still open. */
    TC_U_ABORT,
    /** Deliver the components of the TC indication (invokes, results, errors, rejects). */
    PROCESS_COMPONENTS,
    /** Every invoke still waiting hears NoResponse. */
    FAIL_PENDING,
    /** MAP-CLOSE indication. */
    INDICATE_CLOSE,
    /** MAP-U/P-ABORT indication. */
    INDICATE_ABORT,
    /** Open a new TCAP dialogue at the lower version with the remembered requests, and send. */
    RESTART_AT_LOWER_VERSION,
    /** The request is not allowed: refused to the caller, nothing changes. */
    REFUSE
  }

  /**
   * @param unexpected whether the event is not allowed in the state (the unexpected path)
   */
  public record Outcome(State next, List<Action> actions, boolean unexpected) {
    public Outcome {
      actions = List.copyOf(actions);
    }

    Outcome asUnexpected() {
      return new Outcome(next, actions, true);
    }
  }

  private static final Outcome[][] TABLE = new Outcome[State.values().length][];

  static {
    for (State s : State.values()) {
      TABLE[s.ordinal()] = new Outcome[Event.values().length];
    }
    allow(
        IDLE, Event.DELIMITER, DIALOGUE_INITIATED, REMEMBER_BEGIN_REQUESTS, PUSH_INVOKES, TC_BEGIN);
    allow(
        IDLE, Event.DELIMITER_HOLDING_INVOKES, AWAITING_ACCEPT, REMEMBER_BEGIN_REQUESTS, TC_BEGIN);
    allow(IDLE, Event.U_ABORT, CLOSED, TC_U_ABORT, FAIL_PENDING);
    // the TCAP idle timer of a dialogue never sent
    allow(IDLE, Event.TC_ABORT, CLOSED, FAIL_PENDING, INDICATE_ABORT);

    allow(DIALOGUE_INITIATED, Event.U_ABORT, CLOSED, TC_U_ABORT, FAIL_PENDING);
    allow(DIALOGUE_INITIATED, Event.TC_CONTINUE, DIALOGUE_ESTABLISHED, PROCESS_COMPONENTS);
    allow(
        DIALOGUE_INITIATED, Event.TC_END, CLOSED, PROCESS_COMPONENTS, FAIL_PENDING, INDICATE_CLOSE);
    allow(DIALOGUE_INITIATED, Event.TC_ABORT, CLOSED, FAIL_PENDING, INDICATE_ABORT);
    allow(DIALOGUE_INITIATED, Event.TC_ABORT_FALLBACK, IDLE, RESTART_AT_LOWER_VERSION);

    allow(AWAITING_ACCEPT, Event.DELIMITER, AWAITING_ACCEPT);
    allow(AWAITING_ACCEPT, Event.DELIMITER_HOLDING_INVOKES, AWAITING_ACCEPT);
    allow(AWAITING_ACCEPT, Event.U_ABORT, CLOSED, TC_U_ABORT, FAIL_PENDING);
    allow(
        AWAITING_ACCEPT,
        Event.TC_CONTINUE,
        DIALOGUE_ESTABLISHED,
        PUSH_INVOKES,
        TC_CONTINUE,
        PROCESS_COMPONENTS);
    allow(AWAITING_ACCEPT, Event.TC_END, CLOSED, PROCESS_COMPONENTS, FAIL_PENDING, INDICATE_CLOSE);
    allow(AWAITING_ACCEPT, Event.TC_ABORT, CLOSED, FAIL_PENDING, INDICATE_ABORT);
    allow(AWAITING_ACCEPT, Event.TC_ABORT_FALLBACK, IDLE, RESTART_AT_LOWER_VERSION);

    allow(DIALOGUE_ESTABLISHED, Event.DELIMITER, DIALOGUE_ESTABLISHED, PUSH_INVOKES, TC_CONTINUE);
    allow(
        DIALOGUE_ESTABLISHED,
        Event.DELIMITER_HOLDING_INVOKES,
        DIALOGUE_ESTABLISHED,
        PUSH_INVOKES,
        TC_CONTINUE);
    allow(DIALOGUE_ESTABLISHED, Event.CLOSE, CLOSED, PUSH_INVOKES, TC_END, FAIL_PENDING);
    allow(DIALOGUE_ESTABLISHED, Event.U_ABORT, CLOSED, TC_U_ABORT, FAIL_PENDING);
    allow(DIALOGUE_ESTABLISHED, Event.TC_CONTINUE, DIALOGUE_ESTABLISHED, PROCESS_COMPONENTS);
    allow(
        DIALOGUE_ESTABLISHED,
        Event.TC_END,
        CLOSED,
        PROCESS_COMPONENTS,
        FAIL_PENDING,
        INDICATE_CLOSE);
    allow(DIALOGUE_ESTABLISHED, Event.TC_ABORT, CLOSED, FAIL_PENDING, INDICATE_ABORT);

    allow(CLOSED, Event.U_ABORT, CLOSED);
  }

  private MapDialogueMachine() {}

  private static void allow(State from, Event event, State to, Action... actions) {
    TABLE[from.ordinal()][event.ordinal()] = new Outcome(to, List.of(actions), false);
  }

  public static boolean allowed(State state, Event event) {
    return TABLE[state.ordinal()][event.ordinal()] != null;
  }

  public static Outcome handle(State state, Event event) {
    Outcome o = TABLE[state.ordinal()][event.ordinal()];
    if (o != null) {
      return o;
    }
    return switch (event) {
      case DELIMITER, DELIMITER_HOLDING_INVOKES, CLOSE, U_ABORT ->
          new Outcome(state, List.of(REFUSE), true);
      case TC_ABORT_FALLBACK ->
          state == CLOSED ? ignored(state) : handle(state, Event.TC_ABORT).asUnexpected();
      case TC_CONTINUE, TC_END, TC_ABORT -> ignored(state);
    };
  }

  private static Outcome ignored(State state) {
    return new Outcome(state, List.of(), true);
  }
}
