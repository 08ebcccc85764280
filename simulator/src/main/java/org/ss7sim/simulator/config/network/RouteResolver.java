package org.ss7sim.simulator.config.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.Location;

/**
 * Adds the implicit MTP routes: for every signaling point a node has no written route to, a route
 * over the adjacent nodes that lead there on the fewest hops (only STPs relay), and as alternates
 * the other adjacent STPs that are no farther from the destination than the node itself (so a mate
 * STP over the C-link, but never back the way the traffic came), nearest first.
 */
final class RouteResolver {
  /** What the resolver needs of a node. */
  record NodeRoutes(
      String name,
      NodeKind kind,
      Optional<PointCode> pointCode,
      List<String> adjacent,
      List<Route> declared,
      Location location) {}

  private RouteResolver() {}

  /** The declared routes of each node followed by its implicit ones, by node name. */
  static Map<String, List<Route>> resolve(List<NodeRoutes> nodes) {
    Map<String, NodeRoutes> byName = new LinkedHashMap<>();
    for (NodeRoutes n : nodes) {
      byName.putIfAbsent(n.name(), n);
    }
    Map<String, Map<String, Integer>> distances = new HashMap<>();
    for (NodeRoutes d : byName.values()) {
      if (d.pointCode().isPresent()) {
        distances.put(d.name(), distancesTo(d, byName));
      }
    }
    Map<String, List<Route>> out = new LinkedHashMap<>();
    for (NodeRoutes x : byName.values()) {
      List<Route> routes = new ArrayList<>(x.declared());
      if (x.pointCode().isPresent()) {
        for (NodeRoutes d : byName.values()) {
          if (d == x || d.pointCode().isEmpty() || d.pointCode().equals(x.pointCode())) {
            continue;
          }
          PointCode dpc = d.pointCode().get();
          if (x.declared().stream().anyMatch(r -> r.matches(dpc))) {
            continue;
          }
          implicit(x, d, distances.get(d.name()), byName).ifPresent(routes::add);
        }
      }
      out.put(x.name(), List.copyOf(routes));
    }
    return out;
  }

  /** Hops from every node to {@code d}, relaying only through STPs. */
  private static Map<String, Integer> distancesTo(NodeRoutes d, Map<String, NodeRoutes> byName) {
    Map<String, Integer> dist = new HashMap<>();
    dist.put(d.name(), 0);
    Deque<String> queue = new ArrayDeque<>();
    queue.add(d.name());
    while (!queue.isEmpty()) {
      String z = queue.poll();
      NodeRoutes zn = byName.get(z);
      if (!z.equals(d.name()) && (zn == null || zn.kind() != NodeKind.STP)) {
        continue;
      }
      for (NodeRoutes y : byName.values()) {
        if (y.adjacent().contains(z) && !dist.containsKey(y.name())) {
          dist.put(y.name(), dist.get(z) + 1);
          queue.add(y.name());
        }
      }
    }
    return dist;
  }

  private static Optional<Route> implicit(
      NodeRoutes x, NodeRoutes d, Map<String, Integer> dist, Map<String, NodeRoutes> byName) {
    Map<String, Integer> candidates = new LinkedHashMap<>();
    int own = dist.getOrDefault(x.name(), Integer.MAX_VALUE);
    for (String h : x.adjacent()) {
      NodeRoutes hn = byName.get(h);
      if (h.equals(d.name())) {
        candidates.put(h, 0);
      } else if (hn != null
          && hn.kind() == NodeKind.STP
          && dist.containsKey(h)
          && dist.get(h) <= own) {
        candidates.put(h, dist.get(h));
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int best = candidates.values().stream().min(Integer::compare).orElseThrow();
    List<String> primary = new ArrayList<>();
    List<String> alternates = new ArrayList<>();
    candidates.entrySet().stream()
        .sorted(Comparator.comparingInt(Map.Entry::getValue))
        .forEach(e -> (e.getValue() == best ? primary : alternates).add(e.getKey()));
    PointCode dpc = d.pointCode().orElseThrow();
    return Optional.of(
        new Route(dpc, dpc.format().maxValue(), primary, alternates, true, x.location()));
  }
}
