package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Location;

/**
 * The resolver gives the same routes as the definition written plainly ({@link Naive}: a
 * breadth-first search per destination over every node, nearest adjacent STPs), on the example
 * networks and on random ones; the fast one differs only in cost (O(links) per search instead of
 * O(nodes x links)), so 2,000-node files load in seconds.
 */
class RouteResolverTest {
  @Test
  void the_examples_resolve_as_the_definition_says() throws Exception {
    Path dir = Path.of("..", "examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int networks = 0;
    for (Path f : files) {
      Network net;
      try {
        net = ConfigLoader.loadNetwork(f);
      } catch (RuntimeException e) {
        continue; // a scenario, not a network
      }
      if (net.nodes().isEmpty()) {
        continue;
      }
      networks++;
      List<RouteResolver.NodeRoutes> in = input(net);
      assertThat(RouteResolver.resolve(in)).as(f.toString()).isEqualTo(Naive.resolve(in));
    }
    assertThat(networks).isGreaterThan(5);
  }

  @Test
  void random_networks_resolve_as_the_definition_says() {
    Random random = new Random(20);
    for (int round = 0; round < 40; round++) {
      int n = 3 + random.nextInt(30);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        names.add("n" + i);
      }
      Map<String, List<String>> adjacent = new LinkedHashMap<>();
      names.forEach(x -> adjacent.put(x, new ArrayList<>()));
      int links = n + random.nextInt(3 * n);
      for (int i = 0; i < links; i++) {
        String a = names.get(random.nextInt(n));
        String b = names.get(random.nextInt(n));
        if (!a.equals(b)) {
          adjacent.get(a).add(b); // duplicates on purpose: two links between the same nodes
          adjacent.get(b).add(a);
        }
      }
      List<RouteResolver.NodeRoutes> in = new ArrayList<>();
      Location at = new Location("random", 1, 1);
      for (int i = 0; i < n; i++) {
        String x = names.get(i);
        NodeKind kind = random.nextInt(3) == 0 ? NodeKind.STP : NodeKind.SSP;
        Optional<PointCode> pc =
            random.nextInt(10) == 0
                ? Optional.empty()
                : Optional.of(PointCode.parse("1-" + (i / 8) + "-" + (i % 8)));
        in.add(
            new RouteResolver.NodeRoutes(x, kind, pc, List.copyOf(adjacent.get(x)), List.of(), at));
      }
      assertThat(RouteResolver.resolve(in)).as("round " + round).isEqualTo(Naive.resolve(in));
    }
  }

  private static List<RouteResolver.NodeRoutes> input(Network net) {
    List<RouteResolver.NodeRoutes> in = new ArrayList<>();
    for (Node n : net.nodes()) {
      in.add(
          new RouteResolver.NodeRoutes(
              n.name(),
              n.kind(),
              n.pointCode(),
              n.links().stream().map(Link::peer).distinct().toList(),
              n.routes().stream().filter(r -> !r.implicit()).toList(),
              n.location()));
    }
    return in;
  }

  /** The resolver as first written: plain, O(nodes^2 x links). */
  private static final class Naive {
    /** The declared routes of each node followed by its implicit ones, by node name. */
    static Map<String, List<Route>> resolve(List<RouteResolver.NodeRoutes> nodes) {
      Map<String, RouteResolver.NodeRoutes> byName = new LinkedHashMap<>();
      for (RouteResolver.NodeRoutes n : nodes) {
        byName.putIfAbsent(n.name(), n);
      }
      Map<String, Map<String, Integer>> distances = new HashMap<>();
      for (RouteResolver.NodeRoutes d : byName.values()) {
        if (d.pointCode().isPresent()) {
          distances.put(d.name(), distancesTo(d, byName));
        }
      }
      Map<String, List<Route>> out = new LinkedHashMap<>();
      for (RouteResolver.NodeRoutes x : byName.values()) {
        List<Route> routes = new ArrayList<>(x.declared());
        if (x.pointCode().isPresent()) {
          for (RouteResolver.NodeRoutes d : byName.values()) {
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
    private static Map<String, Integer> distancesTo(
        RouteResolver.NodeRoutes d, Map<String, RouteResolver.NodeRoutes> byName) {
      Map<String, Integer> dist = new HashMap<>();
      dist.put(d.name(), 0);
      Deque<String> queue = new ArrayDeque<>();
      queue.add(d.name());
      while (!queue.isEmpty()) {
        String z = queue.poll();
        RouteResolver.NodeRoutes zn = byName.get(z);
        if (!z.equals(d.name()) && (zn == null || zn.kind() != NodeKind.STP)) {
          continue;
        }
        for (RouteResolver.NodeRoutes y : byName.values()) {
          if (y.adjacent().contains(z) && !dist.containsKey(y.name())) {
            dist.put(y.name(), dist.get(z) + 1);
            queue.add(y.name());
          }
        }
      }
      return dist;
    }

    private static Optional<Route> implicit(
        RouteResolver.NodeRoutes x,
        RouteResolver.NodeRoutes d,
        Map<String, Integer> dist,
        Map<String, RouteResolver.NodeRoutes> byName) {
      Map<String, Integer> candidates = new LinkedHashMap<>();
      int own = dist.getOrDefault(x.name(), Integer.MAX_VALUE);
      for (String h : x.adjacent()) {
        RouteResolver.NodeRoutes hn = byName.get(h);
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
}
