package org.ss7sim.mtp.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;

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
}
