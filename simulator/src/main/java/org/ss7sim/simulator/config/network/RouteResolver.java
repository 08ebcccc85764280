package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.Comparator;
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
 *
 * <p>With default routes for end nodes ({@code defaults: end_node_routes: default}), the implicit
 * routes of a node that is not an STP that share the most common next hops (a switch's mated STP
 * pair) become one default route (point code 0, mask 0: every point code); the others stay exact,
 * as do the routes to its adjacent nodes and to its trunk peers ({@link NodeRoutes#keepExact}).
 * Each destination still leaves over the same next hops, since a more specific route wins.
 */
final class RouteResolver {
  /**
   * What the resolver needs of a node.
   *
   * @param keepExact destinations (node names) that keep an exact route even under a default route:
   *     those whose MTP-PAUSE/RESUME a user part acts on (ISUP trunk peers)
   */
  record NodeRoutes(
      String name,
      NodeKind kind,
      Optional<PointCode> pointCode,
      List<String> adjacent,
      List<Route> declared,
      Location location,
      List<String> keepExact) {
    NodeRoutes(
        String name,
        NodeKind kind,
        Optional<PointCode> pointCode,
        List<String> adjacent,
        List<Route> declared,
        Location location) {
      this(name, kind, pointCode, adjacent, declared, location, List.of());
    }
  }

  private RouteResolver() {}

  /** The declared routes of each node followed by its implicit ones (all exact), by node name. */
  static Map<String, List<Route>> resolve(List<NodeRoutes> nodes) {
    return resolve(nodes, false);
  }

  /**
   * The declared routes of each node followed by its implicit ones, by node name; with {@code
   * defaultRoutes}, end nodes get a default route for their most common next hops (see above).
   */
  static Map<String, List<Route>> resolve(List<NodeRoutes> nodes, boolean defaultRoutes) {
    Map<String, NodeRoutes> byName = new LinkedHashMap<>();
    for (NodeRoutes n : nodes) {
      byName.putIfAbsent(n.name(), n);
    }
    // Nodes by index (in file order) and, per node, the nodes that list it as adjacent (each once,
    // in file order): the breadth-first searches below then cost O(links), not O(nodes x links).
    List<NodeRoutes> all = new ArrayList<>(byName.values());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).name(), i);
    }
    int[][] adjacentTo = adjacentTo(all, index);
    int[][] distances = new int[all.size()][];
    for (int d = 0; d < all.size(); d++) {
      if (all.get(d).pointCode().isPresent()) {
        distances[d] = distancesTo(d, all, adjacentTo);
      }
    }
    // Equal target lists are shared between routes: a network of n nodes has ~n^2 routes but few
    // distinct lists of next hops.
    Map<List<String>, List<String>> lists = new HashMap<>();
    Map<String, List<Route>> out = new LinkedHashMap<>();
    for (int xi = 0; xi < all.size(); xi++) {
      NodeRoutes x = all.get(xi);
      List<Route> routes = new ArrayList<>(x.declared());
      if (x.pointCode().isPresent()) {
        int[] adjacent = indexes(x.adjacent(), index);
        List<Route> implicit = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int d = 0; d < all.size(); d++) {
          NodeRoutes dn = all.get(d);
          if (dn == x || dn.pointCode().isEmpty() || dn.pointCode().equals(x.pointCode())) {
            continue;
          }
          PointCode dpc = dn.pointCode().get();
          if (declares(x, dpc)) {
            continue;
          }
          Route r = implicit(x, xi, adjacent, d, distances[d], all, lists);
          if (r != null) {
            implicit.add(r);
            to.add(dn.name());
          }
        }
        routes.addAll(
            defaultRoutes && x.kind() != NodeKind.STP ? withDefault(x, implicit, to) : implicit);
      }
      out.put(x.name(), List.copyOf(routes));
    }
    return out;
  }

  /**
   * {@code implicit} (the routes of end node {@code x} to the nodes named {@code to}) with those
   * that share the most common next hops replaced by one default route; the routes to adjacent
   * nodes and to {@link NodeRoutes#keepExact} nodes stay exact. Unchanged when fewer than two
   * routes would be replaced.
   */
  private static List<Route> withDefault(NodeRoutes x, List<Route> implicit, List<String> to) {
    java.util.Set<String> exact = new java.util.HashSet<>(x.adjacent());
    exact.addAll(x.keepExact());
    PointCode own = x.pointCode().orElseThrow();
    Map<List<List<String>>, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < implicit.size(); i++) {
      Route r = implicit.get(i);
      if (!exact.contains(to.get(i)) && r.dpc().format() == own.format()) {
        counts.merge(List.of(r.primary(), r.alternates()), 1, Integer::sum);
      }
    }
    List<List<String>> common = null;
    int most = 1;
    for (Map.Entry<List<List<String>>, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        common = e.getKey();
        most = e.getValue();
      }
    }
    if (common == null) {
      return implicit;
    }
    List<Route> out = new ArrayList<>();
    for (int i = 0; i < implicit.size(); i++) {
      Route r = implicit.get(i);
      if (exact.contains(to.get(i))
          || r.dpc().format() != own.format()
          || !common.equals(List.of(r.primary(), r.alternates()))) {
        out.add(r);
      }
    }
    out.add(
        new Route(
            new PointCode(own.format(), 0), 0, common.get(0), common.get(1), true, x.location()));
    return out;
  }

  private static boolean declares(NodeRoutes x, PointCode dpc) {
    for (Route r : x.declared()) {
      if (r.matches(dpc)) {
        return true;
      }
    }
    return false;
  }

  /** Per node index: the indexes of the nodes naming it adjacent, each once, in order. */
  private static int[][] adjacentTo(List<NodeRoutes> all, Map<String, Integer> index) {
    List<List<Integer>> to = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      to.add(new ArrayList<>());
    }
    for (int y = 0; y < all.size(); y++) {
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (String z : all.get(y).adjacent()) {
        Integer zi = index.get(z);
        if (zi != null && seen.add(zi)) {
          to.get(zi).add(y);
        }
      }
    }
    int[][] out = new int[all.size()][];
    for (int i = 0; i < all.size(); i++) {
      out[i] = to.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** The indexes of {@code names} (-1 for a name that is no node). */
  private static int[] indexes(List<String> names, Map<String, Integer> index) {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index.getOrDefault(names.get(i), -1);
    }
    return out;
  }

  /** Hops from every node to {@code d} (-1: no path), relaying only through STPs. */
  private static int[] distancesTo(int d, List<NodeRoutes> all, int[][] adjacentTo) {
    int[] dist = new int[all.size()];
    java.util.Arrays.fill(dist, -1);
    dist[d] = 0;
    int[] queue = new int[all.size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = d;
    while (head < tail) {
      int z = queue[head++];
      if (z != d && all.get(z).kind() != NodeKind.STP) {
        continue;
      }
      for (int y : adjacentTo[z]) {
        if (dist[y] < 0) {
          dist[y] = dist[z] + 1;
          queue[tail++] = y;
        }
      }
    }
    return dist;
  }

  private static Route implicit(
      NodeRoutes x,
      int xi,
      int[] adjacent,
      int d,
      int[] dist,
      List<NodeRoutes> all,
      Map<List<String>, List<String>> lists) {
    // candidates in the order x names them (first mention), with their distance to d
    List<String> names = x.adjacent();
    int count = 0;
    String[] candidate = new String[names.size()];
    int[] distance = new int[names.size()];
    int own = dist[xi] < 0 ? Integer.MAX_VALUE : dist[xi];
    for (int i = 0; i < names.size(); i++) {
      String h = names.get(i);
      int hi = adjacent[i];
      int value;
      if (hi == d) {
        value = 0;
      } else if (hi >= 0
          && all.get(hi).kind() == NodeKind.STP
          && dist[hi] >= 0
          && dist[hi] <= own) {
        value = dist[hi];
      } else {
        continue;
      }
      int at = -1;
      for (int j = 0; j < count; j++) {
        if (candidate[j].equals(h)) {
          at = j;
          break;
        }
      }
      if (at >= 0) {
        distance[at] = value;
      } else {
        candidate[count] = h;
        distance[count++] = value;
      }
    }
    if (count == 0) {
      return null;
    }
    int best = Integer.MAX_VALUE;
    for (int j = 0; j < count; j++) {
      best = Math.min(best, distance[j]);
    }
    List<String> primary = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      if (distance[j] == best) {
        primary.add(candidate[j]);
      }
    }
    // alternates nearest first, in naming order among equals (a stable sort)
    Integer[] order = new Integer[count];
    for (int j = 0; j < count; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(j -> distance[j]));
    List<String> alternates = new ArrayList<>();
    for (int j : order) {
      if (distance[j] != best) {
        alternates.add(candidate[j]);
      }
    }
    PointCode dpc = all.get(d).pointCode().orElseThrow();
    return new Route(
        dpc,
        dpc.format().maxValue(),
        shared(primary, lists),
        shared(alternates, lists),
        true,
        x.location());
  }

  private static List<String> shared(List<String> list, Map<List<String>, List<String>> lists) {
    return lists.computeIfAbsent(List.copyOf(list), k -> k);
  }
}
