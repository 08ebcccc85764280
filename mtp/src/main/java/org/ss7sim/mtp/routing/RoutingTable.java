package org.ss7sim.mtp.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Exact entries (mask 0), by DPC: the common case, looked up in O(1). */
  private final Map<PointCode, Entry> exact = new LinkedHashMap<>();

  /** Entries with a mask, most specific first (stable: equal masks keep insertion order). */
  private final List<Entry> masked = new ArrayList<>();

  /** Adds {@code route} for {@code dpc}/{@code mask} (merged with routes already there). */
  public RoutingTable add(PointCode dpc, int mask, Route route) {
    if (mask == 0) {
      Entry e = exact.get(dpc);
      if (e == null) {
        exact.put(dpc, new Entry(dpc, 0, List.of(route)));
      } else {
        List<Route> routes = new ArrayList<>(e.routes);
        routes.add(route);
        exact.put(dpc, new Entry(dpc, 0, routes));
      }
      return this;
    }
    for (int i = 0; i < masked.size(); i++) {
      Entry e = masked.get(i);
      if (e.dpc.equals(dpc) && e.mask == mask) {
        List<Route> routes = new ArrayList<>(e.routes);
        routes.add(route);
        masked.set(i, new Entry(dpc, mask, routes));
        return this;
      }
    }
    masked.add(new Entry(dpc, mask, List.of(route)));
    masked.sort(Comparator.comparingInt(Entry::mask));
    return this;
  }

  public RoutingTable add(PointCode dpc, Route route) {
    return add(dpc, 0, route);
  }

  /** Every entry, most specific first (exact entries in insertion order, then by mask). */
  public List<Entry> entries() {
    List<Entry> all = new ArrayList<>(exact.size() + masked.size());
    all.addAll(exact.values());
    all.addAll(masked);
    return List.copyOf(all);
  }

  /** The most specific entry for {@code dpc}, or null. */
  public Entry lookup(PointCode dpc) {
    Entry e = exact.get(dpc);
    if (e != null) {
      return e;
    }
    for (Entry m : masked) {
      if (m.matches(dpc)) {
        return m;
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
