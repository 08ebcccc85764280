package org.ss7sim.mtp.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.PointCodeFormat;

class RoutingTableTest {
  private final Set<String> down = new HashSet<>();
  private final RoutingTable.RouteAvailability up =
      RoutingTable.RouteAvailability.of(v -> !down.contains(v));

  @Nested
  class PriorityQ704Section4 {
    @Test
    void primary_route_is_used_while_available_and_alternate_takes_over_when_it_fails() {
      RoutingTable t =
          new RoutingTable()
              .add(PointCode.itu(200), new Route("primary", 0))
              .add(PointCode.itu(200), new Route("alternate", 1));
      assertThat(t.select(PointCode.itu(200), 3, up)).isEqualTo("primary");
      down.add("primary");
      assertThat(t.select(PointCode.itu(200), 3, up)).isEqualTo("alternate");
      down.add("alternate");
      assertThat(t.select(PointCode.itu(200), 3, up)).isNull();
      assertThat(t.accessible(PointCode.itu(200), up)).isFalse();
    }
  }

  @Nested
  class LoadSharingQ704Section2_3 {
    @Test
    void equal_routes_share_traffic_by_sls_and_each_sls_keeps_its_route() {
      RoutingTable t =
          new RoutingTable()
              .add(PointCode.itu(200), new Route("a", 0))
              .add(PointCode.itu(200), new Route("b", 0));
      Map<String, Integer> count = new HashMap<>();
      for (int sls = 0; sls < 16; sls++) {
        count.merge(t.select(PointCode.itu(200), sls, up), 1, Integer::sum);
        assertThat(t.select(PointCode.itu(200), sls, up))
            .isEqualTo(t.select(PointCode.itu(200), sls, up));
      }
      assertThat(count).containsEntry("a", 8).containsEntry("b", 8);
      down.add("a");
      for (int sls = 0; sls < 16; sls++) {
        assertThat(t.select(PointCode.itu(200), sls, up)).isEqualTo("b");
      }
    }
  }

  @Nested
  class Masks {
    @Test
    void most_specific_entry_wins_and_masks_cover_ranges() {
      RoutingTable t =
          new RoutingTable()
              .add(PointCode.itu(0b1000_0000), 3, new Route("cluster", 0))
              .add(PointCode.itu(0b1000_0101), new Route("exact", 0));
      assertThat(t.select(PointCode.itu(0b1000_0101), 0, up)).isEqualTo("exact");
      assertThat(t.select(PointCode.itu(0b1000_0111), 0, up)).isEqualTo("cluster");
      assertThat(t.select(PointCode.itu(0b1001_0000), 0, up)).isNull();
    }
  }

  /**
   * Exact entries are indexed by DPC and masked ones searched in order of specificity: the answers
   * must be those of one list searched linearly, most specific first, as before the index.
   */
  @Nested
  class IndexAnswersAsLinearSearch {
    private record Added(PointCode dpc, int mask, Route route) {}

    /** The reference: merge by (dpc, mask), stable sort by mask, first match wins. */
    private static List<RoutingTable.Entry> linear(List<Added> added) {
      List<RoutingTable.Entry> list = new ArrayList<>();
      for (Added a : added) {
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i).dpc().equals(a.dpc()) && list.get(i).mask() == a.mask()) {
            at = i;
          }
        }
        if (at < 0) {
          list.add(new RoutingTable.Entry(a.dpc(), a.mask(), List.of(a.route())));
        } else {
          List<Route> rs = new ArrayList<>(list.get(at).routes());
          rs.add(a.route());
          list.set(at, new RoutingTable.Entry(a.dpc(), a.mask(), rs));
        }
      }
      list.sort(Comparator.comparingInt(RoutingTable.Entry::mask));
      return list;
    }

    private static RoutingTable.Entry linearLookup(List<RoutingTable.Entry> list, PointCode pc) {
      for (RoutingTable.Entry e : list) {
        if (e.matches(pc)) {
          return e;
        }
      }
      return null;
    }

    @Test
    void lookup_and_select_agree_with_a_linear_search_over_masked_and_exact_routes() {
      Random random = new Random(20);
      String[] vias = {"a", "b", "c", "d"};
      for (int round = 0; round < 20; round++) {
        List<Added> added = new ArrayList<>();
        RoutingTable t = new RoutingTable();
        for (int i = 0; i < 60; i++) {
          int mask = random.nextInt(3) == 0 ? random.nextInt(7) : 0; // a third masked, to 6 bits
          PointCode dpc =
              random.nextInt(10) == 0
                  ? new PointCode(PointCodeFormat.ANSI, random.nextInt(64))
                  : PointCode.itu(random.nextInt(64));
          Added a = new Added(dpc, mask, new Route(vias[random.nextInt(4)], random.nextInt(3)));
          added.add(a);
          t.add(a.dpc(), a.mask(), a.route());
        }
        List<RoutingTable.Entry> reference = linear(added);
        assertThat(t.entries()).containsExactlyElementsOf(reference);
        down.clear();
        for (String v : vias) {
          if (random.nextBoolean()) {
            down.add(v);
          }
        }
        for (int v = 0; v < 80; v++) {
          for (PointCode pc : List.of(PointCode.itu(v), new PointCode(PointCodeFormat.ANSI, v))) {
            RoutingTable.Entry want = linearLookup(reference, pc);
            assertThat(t.lookup(pc)).as("lookup %s", pc).isEqualTo(want);
            RoutingTable one = new RoutingTable();
            if (want != null) {
              want.routes().forEach(r -> one.add(want.dpc(), want.mask(), r));
            }
            for (int sls = 0; sls < 4; sls++) {
              assertThat(t.select(pc, sls, up)).isEqualTo(one.select(pc, sls, up));
            }
            assertThat(t.accessible(pc, up)).isEqualTo(one.accessible(pc, up));
          }
        }
      }
    }

    @Test
    void an_exact_route_wins_over_a_default_route_and_the_default_serves_the_rest() {
      RoutingTable t =
          new RoutingTable()
              .add(PointCode.itu(0), 14, new Route("stp-a", 0))
              .add(PointCode.itu(0), 14, new Route("stp-b", 1))
              .add(PointCode.itu(7), new Route("direct", 0));
      assertThat(t.select(PointCode.itu(7), 0, up)).isEqualTo("direct");
      assertThat(t.select(PointCode.itu(9000), 0, up)).isEqualTo("stp-a");
      down.add("stp-a");
      assertThat(t.select(PointCode.itu(9000), 0, up)).isEqualTo("stp-b");
      down.add("direct");
      assertThat(t.select(PointCode.itu(7), 0, up)).isNull(); // the exact entry, not the default
      assertThat(t.lookup(new PointCode(PointCodeFormat.ANSI, 7))).isNull();
    }
  }
}
