package org.ss7sim.isup.circuit;

import java.util.HashMap;
import java.util.Map;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.wire.time.TimerService;

/**
 * This end's circuit group procedures awaiting their acknowledgement (Q.764 §2.8.2.2 CGB/CGU with
 * T18–T21, §2.10.3.2 GRS with T22/T23), keyed by trunk group, first CIC and kind. Each repeats its
 * message until acknowledged; it knows nothing of the circuits' states, which {@link
 * CircuitSupervision} changes when the acknowledgement comes.
 */
final class GroupOperations {
  enum Kind {
    RESET,
    BLOCK,
    UNBLOCK
  }

  /** Where a long-timer expiry of a group procedure is reported. */
  @FunctionalInterface
  interface Alert {
    void raise(TrunkGroup group, int cic, String reason);
  }

  private record Key(TrunkGroup group, int cic, Kind kind) {}

  private record Operation(int range, RepeatingProcedure procedure) {}

  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final Alert alert;
  private final Map<Key, Operation> operations = new HashMap<>();

  GroupOperations(Signalling signalling, TimerService clock, IsupTimers timers, Alert alert) {
    this.signalling = signalling;
    this.clock = clock;
    this.timers = timers;
    this.alert = alert;
  }

  int pending() {
    return operations.size();
  }

  /** Starts (or restarts) a group procedure and sends its message. */
  void start(
      TrunkGroup g,
      int firstCic,
      Kind kind,
      IsupMessage message,
      int range,
      IsupTimer shortT,
      IsupTimer longT) {
    Key key = new Key(g, firstCic, kind);
    Operation old = operations.remove(key);
    if (old != null) {
      old.procedure().cancel();
    }
    RepeatingProcedure p =
        new RepeatingProcedure(
            message,
            g.remote(),
            signalling,
            clock,
            timers,
            shortT,
            longT,
            reason -> alert.raise(g, firstCic, reason));
    // Registered before sending: the acknowledgement may arrive inside send.
    operations.put(key, new Operation(range, p));
    p.send();
  }

  /** Ends the procedure an acknowledgement answers; false when none is pending. */
  boolean take(TrunkGroup g, int cic, Kind kind) {
    Operation op = operations.remove(new Key(g, cic, kind));
    if (op == null) {
      return false;
    }
    op.procedure().cancel();
    return true;
  }

  /** Whether a group reset in progress covers {@code c} (its RLC is then not the answer). */
  boolean resetCovers(Circuit c) {
    for (Map.Entry<Key, Operation> e : operations.entrySet()) {
      Key k = e.getKey();
      if (k.kind() == Kind.RESET
          && k.group() == c.group()
          && c.cic().value() >= k.cic()
          && c.cic().value() <= k.cic() + e.getValue().range()) {
        return true;
      }
    }
    return false;
  }

  /** MTP-PAUSE: the group procedures towards {@code g} stop. */
  void pause(TrunkGroup g) {
    operations
        .entrySet()
        .removeIf(
            e -> {
              if (e.getKey().group() != g) {
                return false;
              }
              e.getValue().procedure().cancel();
              return true;
            });
  }
}
