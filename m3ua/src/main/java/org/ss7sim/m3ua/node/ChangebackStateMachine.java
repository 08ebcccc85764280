package org.ss7sim.m3ua.node;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time-controlled changeback of the traffic to one destination (Q.704 §6.4 time-controlled
 * diversion, T3; §8.2 controlled rerouting, T6 — the same procedure for a route): while traffic was
 * diverted over an alternative route (the other STP of the pair, Q.704 §5, §7), messages may still
 * be on their way over it when the normal route comes back. Traffic is therefore stopped and stored
 * in a changeback buffer until T3 has run out since the last message went over the alternative, and
 * only then restarted, buffer first, on the normal route: no message overtakes an earlier one, none
 * is lost (Q.704 §6.1 and §8.1: no mis-sequencing). There is no changeback declaration to wait for
 * in M3UA (no CBD/CBA of the sequence control procedure, §6.3, so no T4/T5): the timer alone
 * decides (the time-controlled form, §6.4).
 *
 * <p>Pure: {@link #handle} returns the next state and the actions, in order; {@link Changeback}
 * carries them out. The table of allowed events per state drives the unexpected path (a stale T3
 * expiry is ignored) and {@code ChangebackStateMachineTest}.
 */
final class ChangebackStateMachine {
  /** States of one destination. */
  enum State {
    /** Messages go out at once on the route {@link RouteChoice} chooses. */
    NORMAL,
    /** T3 runs; messages are stored in the changeback buffer (Q.704 §6.4, §8.2). */
    CHANGEBACK
  }

  /** Events, grouped by source. */
  enum Event {
    // ---- routing (Ssnm: the routes in use for the destination changed) ----
    /**
     * A route of better priority than the one traffic was diverted to is available again and a
     * message went over the alternative less than T3 ago (Q.704 §6.2, §8.2).
     */
    ROUTE_IMPROVED,
    /** The better route was lost again; traffic stays on (or goes back to) the alternative. */
    ROUTE_WORSENED,
    /** No route at all is left to the destination. */
    DESTINATION_LOST,
    // ---- user part or received DATA ----
    /** A message for the destination that would be sent now. */
    MESSAGE,
    /** As {@link #MESSAGE}, but the changeback buffer is full. */
    BUFFER_FULL,
    // ---- timer ----
    /** T3 (T6) expired (Q.704 §6.4, §8.2). */
    T3_EXPIRED
  }

  /** What to do, in order. */
  enum Action {
    /** Send the message now on the route chosen for it. */
    SEND,
    /** Store the message at the end of the changeback buffer. */
    BUFFER,
    /** Start T3 for the time left since the last message went over the alternative. */
    START_T3,
    /** Stop T3. */
    STOP_T3,
    /**
     * Send the buffer's messages, in order, each on the route chosen for it now (the normal route
     * at T3 expiry; the alternative if the normal route was lost again).
     */
    SEND_BUFFER
  }

  /**
   * @param next the state after the event (unchanged when unexpected)
   * @param actions in order
   * @param expected false when the event is not allowed in the state
   */
  record Outcome(State next, List<Action> actions, boolean expected) {
    Outcome {
      actions = List.copyOf(actions);
    }
  }

  private static final Map<State, EnumMap<Event, Outcome>> TABLE = new EnumMap<>(State.class);

  static {
    for (State s : State.values()) {
      TABLE.put(s, new EnumMap<>(Event.class));
    }
    // Q.704 §6.4 / §8.2: the better route is back, traffic is stopped and buffered for T3.
    row(State.NORMAL, Event.ROUTE_IMPROVED, State.CHANGEBACK, Action.START_T3);
    row(State.NORMAL, Event.ROUTE_WORSENED, State.NORMAL);
    row(State.NORMAL, Event.DESTINATION_LOST, State.NORMAL);
    row(State.NORMAL, Event.MESSAGE, State.NORMAL, Action.SEND);
    row(State.NORMAL, Event.BUFFER_FULL, State.NORMAL, Action.SEND);
    // A route better still during changeback: T3 already covers what is on the alternative.
    row(State.CHANGEBACK, Event.ROUTE_IMPROVED, State.CHANGEBACK);
    // §6.5 (abnormal: the normal route fails again before T3 expires): the stored traffic
    // goes, first, to the route left — the alternative it was on, so no overtaking either.
    row(State.CHANGEBACK, Event.ROUTE_WORSENED, State.NORMAL, Action.STOP_T3, Action.SEND_BUFFER);
    // Nothing left to send on: the buffer goes through routing, which discards and counts.
    row(State.CHANGEBACK, Event.DESTINATION_LOST, State.NORMAL, Action.STOP_T3, Action.SEND_BUFFER);
    row(State.CHANGEBACK, Event.MESSAGE, State.CHANGEBACK, Action.BUFFER);
    // A bounded buffer: rather than lose a message, end the changeback early, in order.
    row(
        State.CHANGEBACK,
        Event.BUFFER_FULL,
        State.NORMAL,
        Action.STOP_T3,
        Action.SEND_BUFFER,
        Action.SEND);
    // §6.4 / §8.2: T3 expired, traffic restarts on the normal route, buffer first.
    row(State.CHANGEBACK, Event.T3_EXPIRED, State.NORMAL, Action.SEND_BUFFER);
  }

  private ChangebackStateMachine() {}

  private static void row(State from, Event event, State to, Action... actions) {
    if (TABLE.get(from).put(event, new Outcome(to, List.of(actions), true)) != null) {
      throw new IllegalStateException("duplicate row " + from + " " + event);
    }
  }

  static Outcome handle(State state, Event event) {
    Outcome o = TABLE.get(state).get(event);
    return o != null ? o : new Outcome(state, List.of(), false);
  }

  /** The events allowed in {@code state}. */
  static Set<Event> allowed(State state) {
    return Collections.unmodifiableSet(TABLE.get(state).keySet());
  }
}
