package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ss7sim.m3ua.node.ChangebackStateMachine.Action;
import org.ss7sim.m3ua.node.ChangebackStateMachine.Event;
import org.ss7sim.m3ua.node.ChangebackStateMachine.State;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.wire.time.Timer;

/**
 * The shell of {@link ChangebackStateMachine}: one entry per destination traffic was diverted for,
 * with its changeback buffer and its T3. {@link Forwarding} tells it when a message goes over an
 * alternative route ({@link #diverted}) and offers it every message ({@link #offer}); {@link Ssnm}
 * tells it when the routes in use for a destination got better or worse. Owned by the node's
 * thread.
 */
final class Changeback {
  /**
   * Messages a changeback buffer holds at most: one more ends the changeback early (buffer first,
   * then the message, on the restored route), so nothing is lost though a message may then overtake
   * one still on the alternative.
   */
  static final int BUFFER_LIMIT = 10_000;

  private final M3uaNode node;
  private final Forwarding forwarding;
  private final Duration t3;
  private final Map<PointCode, Destination> destinations = new HashMap<>();

  private int bufferLimit = BUFFER_LIMIT;

  /** Destinations in {@link State#CHANGEBACK}: when none, {@link #offer} costs nothing. */
  private int changingBack;

  private static final class Destination {
    State state = State.NORMAL;
    long lastDivertedNanos;
    final List<Held> buffer = new ArrayList<>();
    Timer t3;
    int t3Generation;
  }

  Changeback(M3uaNode node, Forwarding forwarding, Duration t3) {
    this.node = node;
    this.forwarding = forwarding;
    this.t3 = t3;
  }

  /** A message for {@code dpc} went over an alternative route just now. */
  void diverted(PointCode dpc) {
    destinations.computeIfAbsent(dpc, k -> new Destination()).lastDivertedNanos =
        node.timers().nanoTime();
  }

  /** Whether some destination is changing back now (else {@link #offer} takes nothing). */
  boolean active() {
    return changingBack > 0;
  }

  /**
   * A message for {@code dpc} that routing would send now: true when it was stored in the
   * changeback buffer instead ({@code held} makes it), false when the caller sends it.
   */
  boolean offer(PointCode dpc, Supplier<Held> held) {
    if (changingBack == 0) {
      return false;
    }
    Destination d = destinations.get(dpc);
    if (d == null || d.state == State.NORMAL) {
      return false;
    }
    Event e = d.buffer.size() >= bufferLimit ? Event.BUFFER_FULL : Event.MESSAGE;
    List<Action> actions = fire(dpc, d, e);
    if (actions.contains(Action.BUFFER)) {
      d.buffer.add(held.get());
      node.count(Counter.CHANGEBACK_BUFFERED);
      return true;
    }
    return false;
  }

  /**
   * The routes in use for {@code dpc} are now of better priority: if a message went over the
   * alternative less than T3 ago it may still be on its way, so traffic waits for the rest of T3.
   */
  void routeImproved(PointCode dpc) {
    Destination d = destinations.get(dpc);
    if (d != null && remaining(d) > 0) {
      fire(dpc, d, Event.ROUTE_IMPROVED);
    }
  }

  /** The routes in use for {@code dpc} are now of worse priority. */
  void routeWorsened(PointCode dpc) {
    Destination d = destinations.get(dpc);
    if (d != null) {
      fire(dpc, d, Event.ROUTE_WORSENED);
    }
  }

  /** No route is left to {@code dpc}. */
  void destinationLost(PointCode dpc) {
    Destination d = destinations.get(dpc);
    if (d != null) {
      fire(dpc, d, Event.DESTINATION_LOST);
    }
  }

  /** Sets the buffer limit (tests; default {@link #BUFFER_LIMIT}). */
  void bufferLimit(int messages) {
    this.bufferLimit = messages;
  }

  /** Messages in changeback buffers now (for inspection). */
  int buffered() {
    int n = 0;
    for (Destination d : destinations.values()) {
      n += d.buffer.size();
    }
    return n;
  }

  private long remaining(Destination d) {
    return t3.toNanos() - (node.timers().nanoTime() - d.lastDivertedNanos);
  }

  private List<Action> fire(PointCode dpc, Destination d, Event e) {
    ChangebackStateMachine.Outcome o = ChangebackStateMachine.handle(d.state, e);
    if (!o.expected()) {
      return o.actions(); // a stale T3 expiry: nothing to do
    }
    if (d.state != o.next()) {
      changingBack += o.next() == State.CHANGEBACK ? 1 : -1;
    }
    d.state = o.next();
    for (Action a : o.actions()) {
      switch (a) {
        case START_T3 -> {
          int generation = ++d.t3Generation;
          d.t3 =
              node.timers()
                  .schedule(Duration.ofNanos(remaining(d)), () -> expired(dpc, d, generation));
        }
        case STOP_T3 -> {
          if (d.t3 != null) {
            d.t3.cancel();
            d.t3 = null;
          }
          d.t3Generation++;
        }
        case SEND_BUFFER -> {
          List<Held> out = List.copyOf(d.buffer);
          d.buffer.clear();
          forwarding.resend(out);
        }
        case SEND, BUFFER -> {} // the caller's part (offer)
      }
    }
    return o.actions();
  }

  private void expired(PointCode dpc, Destination d, int generation) {
    if (generation != d.t3Generation || d.t3 == null) {
      return; // stopped, or a later changeback runs its own T3
    }
    d.t3 = null;
    fire(dpc, d, Event.T3_EXPIRED);
  }
}
