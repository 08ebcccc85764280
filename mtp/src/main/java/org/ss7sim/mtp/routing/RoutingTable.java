package org.ss7sim.mtp.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.ss7sim.mtp.PointCode;

/**
 * Destination point code (with a mask of wildcarded low bits) → routes. Lookup takes the most
 * specific entry (fewest wildcard bits) matching the DPC; among its routes it keeps the available
 * ones of the best priority and picks one by SLS, so traffic of one SLS always takes the same route
 * (in-sequence delivery, Q.704 §2.3) and different SLS spread evenly.
 *
 * <p>Not thread-safe: owned by the node's thread.
 */
public final class RoutingTable {
  /** One table entry. */
  public record Entry(PointCode dpc, int mask, List<Route> routes) {
    public Entry {
      routes = List.copyOf(routes);
      if (mask < 0 || mask > 24) {
        throw new IllegalArgumentException("mask out of range: " + mask);
      }
    }

    boolean matches(PointCode pc) {
      return pc.format() == dpc.format() && (pc.value() >>> mask) == (dpc.value() >>> mask);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** Adds {@code route} for {@code dpc}/{@code mask} (merged with routes already there). */
  public RoutingTable add(PointCode dpc, int mask, Route route) {
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.dpc.equals(dpc) && e.mask == mask) {
        List<Route> routes = new ArrayList<>(e.routes);
        routes.add(route);
        entries.set(i, new Entry(dpc, mask, routes));
        return this;
      }
    }
    entries.add(new Entry(dpc, mask, List.of(route)));
    entries.sort(Comparator.comparingInt(Entry::mask));
    return this;
  }

  public RoutingTable add(PointCode dpc, Route route) {
    return add(dpc, 0, route);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The most specific entry for {@code dpc}, or null. */
  public Entry lookup(PointCode dpc) {
    for (Entry e : entries) {
      if (e.matches(dpc)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The link set to send a message for {@code dpc} with {@code sls}, or null when no route is
   * available.
   *
   * @param available whether a link set can carry traffic to {@code dpc} now
   */
  public String select(PointCode dpc, int sls, RouteAvailability available) {
    Entry e = lookup(dpc);
    if (e == null) {
      return null;
    }
    int best = Integer.MAX_VALUE;
    int count = 0;
    for (Route r : e.routes) {
      if (available.test(r.via(), dpc)) {
        if (r.priority() < best) {
          best = r.priority();
          count = 1;
        } else if (r.priority() == best) {
          count++;
        }
      }
    }
    if (count == 0) {
      return null;
    }
    int pick = sls % count;
    for (Route r : e.routes) {
      if (r.priority() == best && available.test(r.via(), dpc) && pick-- == 0) {
        return r.via();
      }
    }
    return null;
  }

  /** Whether any route to {@code dpc} is available. */
  public boolean accessible(PointCode dpc, RouteAvailability available) {
    return select(dpc, 0, available) != null;
  }

  /** Availability of a link set towards a destination. */
  @FunctionalInterface
  public interface RouteAvailability {
    boolean test(String via, PointCode dpc);

    static RouteAvailability of(Predicate<String> viaUp) {
      return (via, dpc) -> viaUp.test(via);
    }
  }
}
