package org.ss7sim.m3ua.node;

import java.util.ArrayList;
import java.util.List;

/**
 * Which route a message for one destination takes (Q.704 §2.3.5, §4–§5, §13; RFC 4666 §4.3.4.3):
 * the pure decision of {@link Forwarding}, from the state of each route of the destination's
 * routing-table entry and the link set the message came in on. No state, no side effects.
 *
 * <ol>
 *   <li>A route over the link set (association, or AS of an adjacent node) the message arrived on
 *       is never used: an STP does not send a message back to the neighbour it came from (that
 *       neighbour routed it here because its own route was gone — the ping-pong Q.704 §13.2.2
 *       transfer-prohibited prevents). If only such a route is left the message is discarded as
 *       {@link Reason#WOULD_RETURN}.
 *   <li>Routes not reported restricted are preferred (Q.704 §13.4, RFC 4666 §3.4.6 DRST); among
 *       them the best (lowest) priority that can carry traffic now: {@link Reach#AVAILABLE} or
 *       {@link Reach#PENDING}.
 *   <li>At that priority an available route is chosen by SLS (Q.704 §2.3.5: one SLS, one route, so
 *       messages stay in sequence). Only when none is available but an AS there is pending the
 *       message is held (RFC 4666 §4.3.4.3: buffered for T(r); Q.704 §5.3.1: buffered during
 *       changeover) — it is retrieved and sent on whichever route is left when T(r) expires.
 *   <li>No usable route: {@link Reason#NO_ROUTE} (Q.704 §2.3.3: discarded).
 * </ol>
 *
 * A message sent on a route of worse priority than the entry's best is {@link Send#diverted}: the
 * normal route is unavailable and traffic goes over the alternative (changeover / forced rerouting,
 * Q.704 §5, §7).
 */
final class RouteChoice {
  private RouteChoice() {}

  /** What a route can do for the destination now. */
  enum Reach {
    /** Link active / AS active, and the peer has not reported the destination unavailable. */
    AVAILABLE,
    /** Available, but the peer reported the destination restricted (DRST, TFR). */
    RESTRICTED,
    /** An AS in AS-PENDING: no ASP active, T(r) running; messages may be held (§4.3.4.3). */
    PENDING,
    /** Link or AS down/inactive, or the destination reported unavailable on it (DUNA, TFP). */
    UNAVAILABLE
  }

  /**
   * One route of the entry.
   *
   * @param via the link or AS
   * @param priority 0 primary, higher for alternates
   * @param reach its state for this destination
   * @param arrival whether the message came in over this link set
   */
  record Candidate(String via, int priority, Reach reach, boolean arrival) {}

  /** Why a message is discarded. */
  enum Reason {
    /** No route can carry it (Q.704 §2.3.3). */
    NO_ROUTE,
    /** The only route left goes back where the message came from (Q.704 §13.2.2). */
    WOULD_RETURN
  }

  /** The decision for one message. */
  sealed interface Decision permits Send, Hold, Discard {}

  /** Send on {@code via}; {@code diverted} when it is not one of the best-priority routes. */
  record Send(String via, boolean diverted) implements Decision {}

  /** Hold in the pending AS {@code via} until an ASP takes over or T(r) expires. */
  record Hold(String via) implements Decision {}

  /** Discard (and count) the message. */
  record Discard(Reason reason) implements Decision {}

  static Decision decide(List<Candidate> routes, int sls) {
    if (routes.isEmpty()) {
      return new Discard(Reason.NO_ROUTE);
    }
    int bestPriority = Integer.MAX_VALUE;
    for (Candidate c : routes) {
      bestPriority = Math.min(bestPriority, c.priority());
    }
    Decision d = choose(routes, sls, false, bestPriority);
    if (d == null) {
      d = choose(routes, sls, true, bestPriority);
    }
    if (d != null) {
      return d;
    }
    for (Candidate c : routes) {
      if (c.arrival() && c.reach() != Reach.UNAVAILABLE) {
        return new Discard(Reason.WOULD_RETURN);
      }
    }
    return new Discard(Reason.NO_ROUTE);
  }

  /** The vias a message to this destination may take now (any SLS, from nowhere in particular). */
  static List<String> inUse(List<Candidate> routes) {
    List<Candidate> usable = usable(routes, false);
    if (usable.isEmpty()) {
      usable = usable(routes, true);
    }
    List<String> out = new ArrayList<>();
    for (Candidate c : usable) {
      out.add(c.via());
    }
    return out;
  }

  /**
   * The priority of the routes a message to this destination takes now ({@link #inUse}), or {@link
   * Integer#MAX_VALUE} when none can: lower when traffic could return from an alternative route to
   * a better one (changeback, Q.704 §6, §8), higher when it must leave it (§5, §7).
   */
  static int inUsePriority(List<Candidate> routes) {
    List<Candidate> usable = usable(routes, false);
    if (usable.isEmpty()) {
      usable = usable(routes, true);
    }
    return usable.isEmpty() ? Integer.MAX_VALUE : usable.get(0).priority();
  }

  /**
   * The usable routes of the best priority (arrival excluded): unrestricted ones (available or
   * pending), or with {@code restrictedToo} the restricted ones too; available before pending.
   */
  private static List<Candidate> usable(List<Candidate> routes, boolean restrictedToo) {
    int best = Integer.MAX_VALUE;
    for (Candidate c : routes) {
      if (usable(c, restrictedToo)) {
        best = Math.min(best, c.priority());
      }
    }
    List<Candidate> available = new ArrayList<>();
    List<Candidate> pending = new ArrayList<>();
    for (Candidate c : routes) {
      if (c.priority() == best && usable(c, restrictedToo)) {
        (c.reach() == Reach.PENDING ? pending : available).add(c);
      }
    }
    return available.isEmpty() ? pending : available;
  }

  private static boolean usable(Candidate c, boolean restrictedToo) {
    if (c.arrival()) {
      return false;
    }
    return switch (c.reach()) {
      case AVAILABLE, PENDING -> true;
      case RESTRICTED -> restrictedToo;
      case UNAVAILABLE -> false;
    };
  }

  private static Decision choose(
      List<Candidate> routes, int sls, boolean restrictedToo, int bestPriority) {
    List<Candidate> usable = usable(routes, restrictedToo);
    if (usable.isEmpty()) {
      return null;
    }
    Candidate c = usable.get(Math.floorMod(sls, usable.size()));
    if (c.reach() == Reach.PENDING) {
      return new Hold(c.via());
    }
    return new Send(c.via(), c.priority() > bestPriority);
  }
}
