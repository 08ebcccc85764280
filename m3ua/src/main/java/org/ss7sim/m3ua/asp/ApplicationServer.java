package org.ss7sim.m3ua.asp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * One Application Server as the SGP (or serving IPSP) sees it (RFC 4666 §4.3.2): the state of each
 * of its ASPs for this AS, the AS state, the recovery timer T(r), the traffic mode, and the queue
 * of messages held while AS-PENDING.
 *
 * <pre>
 * AS-DOWN     --ASP inactive--> AS-INACTIVE --ASP active--> AS-ACTIVE
 * AS-ACTIVE   --last active ASP inactive/down--> AS-PENDING (start T(r), queue traffic)
 * AS-PENDING  --ASP active--> AS-ACTIVE (stop T(r), send queue)
 * AS-PENDING  --T(r) expiry--> AS-INACTIVE, or AS-DOWN if no ASP is up (queue to the owner)
 * AS-INACTIVE --last ASP down--> AS-DOWN
 * </pre>
 *
 * On each change to AS-INACTIVE, AS-ACTIVE or AS-PENDING every ASP that is up gets NTFY (§4.3.4.5);
 * in override mode an ASP displaced by a newly active one gets NTFY "Alternate ASP Active" and
 * becomes inactive. In loadshare mode with a minimum of n active ASPs (n+k sparing, §4.3.4.3), the
 * ASP-INACTIVE ASPs get NTFY "Insufficient ASP Resources Active in AS" when the active ones drop
 * below n while the AS is still active, so that a spare can take over. Owned by one thread.
 *
 * @param <A> the handle of an ASP (the node's association session)
 * @param <M> a message queued while pending
 */
public final class ApplicationServer<A, M> {
  /** What the AS asks of its owner. */
  public interface Events<A, M> {
    /** Send NTFY with {@code status} to {@code asp}. */
    void notify(ApplicationServer<A, M> as, A asp, Status status);

    /** The AS state changed (routes through it may have become (un)available). */
    void stateChanged(ApplicationServer<A, M> as, AsState from, AsState to);

    /** Messages held while pending, now to be sent (AS active again). */
    void release(ApplicationServer<A, M> as, List<M> queued);

    /**
     * T(r) expired with {@code held} messages still queued; the AS has already left AS-PENDING. The
     * owner may send them over another route (changeover: buffered messages are retrieved and sent
     * on the alternative, in order, Q.704 §5.3.1). Returns how many it discarded instead (counted
     * in {@link ApplicationServer#discarded}); by default all of them (§4.3.4.3).
     */
    default int expired(ApplicationServer<A, M> as, List<M> held) {
      return held.size();
    }
  }

  /** Bound on messages held while AS-PENDING; older ones are discarded beyond it. */
  public static final int MAX_QUEUED = 10_000;

  private final String name;
  private final long routingContext;
  private final TrafficModeType trafficMode;
  private final Duration recoveryTimer;
  private final TimerService timers;
  private final Events<A, M> events;
  private final int minimumActiveAsps;
  private int activeCount;
  private final Map<A, AspState> asps = new LinkedHashMap<>();
  private final ArrayDeque<M> queue = new ArrayDeque<>();
  private AsState state = AsState.AS_DOWN;
  private Timer tr;
  private long discarded;

  public ApplicationServer(
      String name,
      long routingContext,
      TrafficModeType trafficMode,
      Duration recoveryTimer,
      TimerService timers,
      Events<A, M> events) {
    this(name, routingContext, trafficMode, recoveryTimer, timers, events, 0);
  }

  /**
   * As above, with the minimum number of active ASPs a loadshare AS needs ({@code n} of n+k); 0 for
   * none.
   */
  public ApplicationServer(
      String name,
      long routingContext,
      TrafficModeType trafficMode,
      Duration recoveryTimer,
      TimerService timers,
      Events<A, M> events,
      int minimumActiveAsps) {
    if (!trafficMode.isKnown()) {
      throw new IllegalArgumentException("unsupported traffic mode " + trafficMode);
    }
    this.name = name;
    this.routingContext = routingContext;
    this.trafficMode = trafficMode;
    this.recoveryTimer = recoveryTimer;
    this.timers = timers;
    this.events = events;
    if (minimumActiveAsps < 0) {
      throw new IllegalArgumentException("negative minimum of active ASPs: " + minimumActiveAsps);
    }
    this.minimumActiveAsps = minimumActiveAsps;
  }

  public String name() {
    return name;
  }

  public long routingContext() {
    return routingContext;
  }

  public TrafficModeType trafficMode() {
    return trafficMode;
  }

  public AsState state() {
    return state;
  }

  /** The state of {@code asp} in this AS (ASP-DOWN if unknown). */
  public AspState aspState(A asp) {
    return asps.getOrDefault(asp, AspState.ASP_DOWN);
  }

  /** Every ASP known to this AS (up for it) with its state, in the order they were added. */
  public Map<A, AspState> aspStates() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(asps));
  }

  /** Messages discarded because T(r) expired or the pending queue overflowed. */
  public long discarded() {
    return discarded;
  }

  /** The ASP is up but not active for this AS (after ASP Up, or ASP Inactive). */
  public void aspInactive(A asp) {
    asps.put(asp, AspState.ASP_INACTIVE);
    update();
  }

  /** The ASP is active for this AS (after ASP Active, §4.3.4.3). */
  public void aspActive(A asp) {
    if (trafficMode.equals(TrafficModeType.OVERRIDE)) {
      for (A other : new ArrayList<>(asps.keySet())) {
        if (!other.equals(asp) && asps.get(other) == AspState.ASP_ACTIVE) {
          asps.put(other, AspState.ASP_INACTIVE);
          events.notify(this, other, Status.ALTERNATE_ASP_ACTIVE);
        }
      }
    }
    asps.put(asp, AspState.ASP_ACTIVE);
    update();
  }

  /** The ASP is down (ASP Down, or its association failed). */
  public void aspDown(A asp) {
    if (asps.remove(asp) != null) {
      update();
    }
  }

  /** ASPs active for this AS, in the order they were added. */
  public List<A> activeAsps() {
    List<A> out = new ArrayList<>();
    asps.forEach(
        (a, s) -> {
          if (s == AspState.ASP_ACTIVE) {
            out.add(a);
          }
        });
    return out;
  }

  /** Whether some ASP active for this AS satisfies {@code test} (no list is built). */
  public boolean anyActive(java.util.function.Predicate<A> test) {
    for (Map.Entry<A, AspState> e : asps.entrySet()) {
      if (e.getValue() == AspState.ASP_ACTIVE && test.test(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ASPs a message with {@code sls} goes to (§4.3.4.3): the one active ASP (override), one by
   * SLS among the active ones (loadshare), or all active ones (broadcast); empty if none.
   */
  public List<A> select(int sls) {
    List<A> active = activeAsps();
    if (active.isEmpty()) {
      return active;
    }
    if (trafficMode.equals(TrafficModeType.BROADCAST)) {
      return active;
    }
    if (trafficMode.equals(TrafficModeType.OVERRIDE)) {
      return List.of(active.get(active.size() - 1));
    }
    return List.of(active.get(sls % active.size()));
  }

  /** Holds {@code message} while AS-PENDING; returns false (and discards) in other states. */
  public boolean hold(M message) {
    if (state != AsState.AS_PENDING) {
      discarded++;
      return false;
    }
    if (queue.size() == MAX_QUEUED) {
      queue.poll();
      discarded++;
    }
    queue.add(message);
    return true;
  }

  private void update() {
    checkResources();
    AsState next;
    boolean anyActive = asps.containsValue(AspState.ASP_ACTIVE);
    if (anyActive) {
      next = AsState.AS_ACTIVE;
    } else if (state == AsState.AS_ACTIVE || state == AsState.AS_PENDING) {
      next = AsState.AS_PENDING;
    } else if (asps.containsValue(AspState.ASP_INACTIVE)) {
      next = AsState.AS_INACTIVE;
    } else {
      next = AsState.AS_DOWN;
    }
    move(next);
  }

  /** NTFY "Insufficient ASP Resources Active in AS" when a loadshare AS drops below its n. */
  private void checkResources() {
    int before = activeCount;
    activeCount = 0;
    for (AspState s : asps.values()) {
      if (s == AspState.ASP_ACTIVE) {
        activeCount++;
      }
    }
    if (!trafficMode.equals(TrafficModeType.LOADSHARE)
        || activeCount == 0
        || activeCount >= minimumActiveAsps
        || before < minimumActiveAsps) {
      return;
    }
    for (Map.Entry<A, AspState> e : new ArrayList<>(asps.entrySet())) {
      if (e.getValue() == AspState.ASP_INACTIVE) {
        events.notify(this, e.getKey(), Status.INSUFFICIENT_ASP_RESOURCES);
      }
    }
  }

  private void move(AsState next) {
    AsState from = state;
    if (next == from) {
      return;
    }
    state = next;
    if (next == AsState.AS_PENDING) {
      tr = timers.schedule(recoveryTimer, this::recoveryTimerExpired);
    } else if (tr != null) {
      tr.cancel();
      tr = null;
    }
    Status status =
        switch (next) {
          case AS_INACTIVE -> Status.AS_INACTIVE;
          case AS_ACTIVE -> Status.AS_ACTIVE;
          case AS_PENDING -> Status.AS_PENDING;
          case AS_DOWN -> null;
        };
    if (status != null) {
      for (A asp : new ArrayList<>(asps.keySet())) {
        events.notify(this, asp, status);
      }
    }
    events.stateChanged(this, from, next);
    if (next == AsState.AS_ACTIVE && !queue.isEmpty()) {
      List<M> held = new ArrayList<>(queue);
      queue.clear();
      events.release(this, held);
    }
  }

  /**
   * T(r) expiry (§4.3.4.3): give up waiting for an ASP to take over; the held messages go to the
   * owner once the AS has left AS-PENDING ({@link Events#expired}), which discards them or sends
   * them on another route.
   */
  private void recoveryTimerExpired() {
    tr = null;
    if (state != AsState.AS_PENDING) {
      return;
    }
    List<M> held = new ArrayList<>(queue);
    queue.clear();
    move(asps.containsValue(AspState.ASP_INACTIVE) ? AsState.AS_INACTIVE : AsState.AS_DOWN);
    if (!held.isEmpty()) {
      discarded += events.expired(this, held);
    }
  }

  @Override
  public String toString() {
    return "AS " + name + " rc=" + routingContext + " " + state + " " + asps;
  }
}
