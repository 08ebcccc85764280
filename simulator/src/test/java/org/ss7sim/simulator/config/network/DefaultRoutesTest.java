package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;

/**
 * {@code defaults: end_node_routes: default}: an end node's implicit routes that share the most
 * common next hops become one default route, and every destination still leaves over the same next
 * hops as with one exact route per destination; adjacent nodes, trunk peers and STPs keep exact
 * routes.
 */
class DefaultRoutesTest {
  @TempDir Path dir;

  private Network generated(boolean defaultRoutes) throws Exception {
    Path file = dir.resolve("n" + defaultRoutes + ".yaml");
    Files.writeString(
        file,
        new NetworkGenerator(
                new Shape(
                    "n",
                    2,
                    20,
                    2,
                    2,
                    2,
                    10,
                    15,
                    "injvm",
                    Shape.Topology.RING,
                    1,
                    2905,
                    0,
                    defaultRoutes))
            .network());
    return ConfigLoader.loadNetwork(file);
  }

  @Test
  void a_switch_keeps_routes_to_its_stps_and_trunk_peers_and_one_default_route() throws Exception {
    Network exact = generated(false);
    Network compact = generated(true);
    assertThat(NetworkValidator.validate(compact)).isEmpty();

    Node ssp = compact.node("ssp-05").orElseThrow();
    List<String> trunkPeers = ssp.trunkGroups().stream().map(TrunkGroup::remote).toList();
    assertThat(trunkPeers).hasSize(2);
    List<Route> defaults = ssp.routes().stream().filter(Route::isDefault).toList();
    assertThat(defaults).hasSize(1);
    assertThat(defaults.get(0).implicit()).isTrue();
    assertThat(defaults.get(0).primary()).containsExactlyInAnyOrder("stp-1a", "stp-1b");
    // exact: its two STPs and its two trunk peers, nothing else
    List<String> exactTo =
        ssp.routes().stream()
            .filter(r -> !r.isDefault())
            .map(r -> compact.nodeAt(r.dpc()).orElseThrow().name())
            .toList();
    List<String> expected = new ArrayList<>(List.of("stp-1a", "stp-1b"));
    expected.addAll(trunkPeers);
    assertThat(exactTo).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(exact.node("ssp-05").orElseThrow().routes())
        .hasSize(exact.nodes().stream().filter(n -> n.pointCode().isPresent()).toList().size() - 1);

    // STPs relay: they keep one exact route per destination
    assertThat(compact.node("stp-2b").orElseThrow().routes())
        .usingElementComparatorIgnoringFields("location")
        .isEqualTo(exact.node("stp-2b").orElseThrow().routes());
    // HLRs, MSCs and SMSCs are end nodes too
    for (String n : List.of("hlr-01", "msc-02", "smsc-01")) {
      assertThat(compact.node(n).orElseThrow().routes()).as(n).hasSizeLessThan(5);
    }
  }

  @Test
  void every_destination_leaves_over_the_same_next_hops_as_with_exact_routes() throws Exception {
    Network exact = generated(false);
    Network compact = generated(true);
    for (Node x : compact.nodes()) {
      Node before = exact.node(x.name()).orElseThrow();
      for (Node d : compact.nodes()) {
        if (d == x || d.pointCode().isEmpty()) {
          continue;
        }
        PointCode pc = d.pointCode().get();
        assertThat(hops(x.routeTo(pc)))
            .as(x.name() + " to " + d.name())
            .isEqualTo(hops(before.routeTo(pc)));
      }
    }
  }

  @Test
  void random_networks_route_every_reachable_destination_the_same_way() {
    Random random = new Random(21);
    Location at = new Location("random", 1, 1);
    int compacted = 0;
    for (int round = 0; round < 60; round++) {
      int n = 4 + random.nextInt(30);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        names.add("n" + i);
      }
      Map<String, List<String>> adjacent = new LinkedHashMap<>();
      names.forEach(x -> adjacent.put(x, new ArrayList<>()));
      for (int i = 0, links = n + random.nextInt(3 * n); i < links; i++) {
        String a = names.get(random.nextInt(n));
        String b = names.get(random.nextInt(n));
        if (!a.equals(b)) {
          adjacent.get(a).add(b);
          adjacent.get(b).add(a);
        }
      }
      List<RouteResolver.NodeRoutes> in = new ArrayList<>();
      Map<String, PointCode> pcs = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String x = names.get(i);
        NodeKind kind = random.nextInt(3) == 0 ? NodeKind.STP : NodeKind.SSP;
        Optional<PointCode> pc =
            random.nextInt(10) == 0
                ? Optional.empty()
                : Optional.of(PointCode.parse("1-" + (i / 8) + "-" + (i % 8)));
        pc.ifPresent(p -> pcs.put(x, p));
        List<String> keep =
            random.nextBoolean() ? List.of(names.get(random.nextInt(n))) : List.of();
        in.add(
            new RouteResolver.NodeRoutes(
                x, kind, pc, List.copyOf(adjacent.get(x)), List.of(), at, keep));
      }
      Map<String, List<Route>> plain = RouteResolver.resolve(in, false);
      Map<String, List<Route>> withDefault = RouteResolver.resolve(in, true);
      for (RouteResolver.NodeRoutes x : in) {
        List<Route> a = plain.get(x.name());
        List<Route> b = withDefault.get(x.name());
        if (x.kind() == NodeKind.STP) {
          assertThat(b).isEqualTo(a);
          continue;
        }
        if (b.size() < a.size()) {
          compacted++;
        }
        for (Map.Entry<String, PointCode> d : pcs.entrySet()) {
          if (d.getKey().equals(x.name())) {
            continue;
          }
          Optional<Route> was = best(a, d.getValue());
          if (was.isEmpty()) {
            continue; // unreachable: the default route sends it to an STP, which drops it
          }
          Optional<Route> now = best(b, d.getValue());
          assertThat(hops(now)).as(x.name() + " to " + d.getKey()).isEqualTo(hops(was));
          boolean mustBeExact =
              x.adjacent().contains(d.getKey()) || x.keepExact().contains(d.getKey());
          if (mustBeExact) {
            assertThat(now.orElseThrow().isDefault()).as(x.name() + " to " + d.getKey()).isFalse();
          }
        }
      }
    }
    assertThat(compacted).as("end nodes given a default route").isGreaterThan(20);
  }

  @Test
  void an_unknown_setting_names_the_choices() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        "name: bad\n"
            + "defaults: {end_node_routes: defualt}\n"
            + "nodes:\n"
            + "  - {name: stp, kind: stp, point_code: 1-1-1}\n");
    assertThatThrownBy(() -> ConfigLoader.loadNetwork(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("end_node_routes: expected one of exact, default")
        .hasMessageContaining("did you mean 'default'");
  }

  /** The most specific route matching {@code pc}, as {@link Node#routeTo} picks it. */
  private static Optional<Route> best(List<Route> routes, PointCode pc) {
    Route best = null;
    for (Route r : routes) {
      if (r.matches(pc) && (best == null || r.specificity() > best.specificity())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<List<String>> hops(Optional<Route> r) {
    return r.map(x -> List.of(x.primary(), x.alternates())).orElse(List.of());
  }
}
