package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.simulator.config.ConfigLoader;

class StaticRoutingTest {
  static final Network DEMO = ConfigLoader.demoNetwork();

  @Test
  void an_sri_for_sm_goes_through_the_first_stp_and_its_gtt_to_the_hlr() {
    StaticRouting.Trace t =
        StaticRouting.byGlobalTitle(DEMO, "smsc", GlobalTitle.e164("9990120000005"));
    assertThat(t.destination()).contains("hlr");
    assertThat(t.steps())
        .containsExactly(
            "smsc: global title 9990120000005 sent to stp-a for translation",
            "stp-a: gtt rule 1 (line 22, prefix '999010000001') does not match",
            "stp-a: gtt rule 2 (line 23, prefix '999010000002') does not match",
            "stp-a: gtt rule 3 (line 24, prefix '999010000003') does not match",
            "stp-a: gtt rule 4 (line 25, prefix '999010000004') does not match",
            "stp-a: gtt rule 5 (line 26, prefix '99901') matches; to hlr, route on SSN",
            "stp-a: implicit route to 1-4-1 via hlr (alternates stp-b)",
            "hlr: point code 1-4-1 is this node");
  }

  @Test
  void a_point_code_route_crosses_the_stp() {
    StaticRouting.Trace t = StaticRouting.byPointCode(DEMO, "ssp-a", PointCode.parse("1-2-2"));
    assertThat(t.arrived()).isTrue();
    assertThat(t.steps())
        .containsExactly(
            "ssp-a: implicit route to 1-2-2 via stp-a, stp-b",
            "stp-a: implicit route to 1-2-2 via ssp-b (alternates stp-b)",
            "ssp-b: point code 1-2-2 is this node");
  }

  @Test
  void a_global_title_no_rule_matches_fails_with_the_reason() {
    StaticRouting.Trace t = StaticRouting.byGlobalTitle(DEMO, "smsc", GlobalTitle.e164("4471000"));
    assertThat(t.arrived()).isFalse();
    assertThat(t.failure())
        .contains("no gtt rule of stp-a matches global title 4471000 (tt 0, np 1, nai 4)");
  }

  @Test
  void a_link_is_found_by_the_name_of_either_end() {
    Network.NodeLink here = DEMO.findLink("ssp-a-stp-a").orElseThrow();
    Network.NodeLink there = DEMO.findLink("stp-a-ssp-a").orElseThrow();
    assertThat(here.node().name()).isEqualTo("ssp-a");
    assertThat(there.node().name()).isEqualTo("stp-a");
    assertThat(here.link().peerLink()).contains(there.link().name());
    assertThat(DEMO.findLink("nope")).isEmpty();
  }

  @Test
  void a_routing_loop_is_detected() {
    Network n =
        ConfigLoader.parseNetwork(
            "n.yaml",
            """
            nodes:
              - {name: s1, kind: stp, point_code: 1, peers: s2, routes: {dpc: 9, via: s2}}
              - {name: s2, kind: stp, point_code: 2, routes: {dpc: 9, via: s1}}
              - {name: x, kind: ssp, point_code: 9, peers: s3}
              - {name: s3, kind: stp, point_code: 3}
            """);
    StaticRouting.Trace t = StaticRouting.byPointCode(n, "s1", PointCode.itu(9));
    assertThat(t.failure()).contains("routing loop: s1 -> s2 -> s1");
    assertThat(NetworkValidator.validate(n))
        .extracting(Object::toString)
        .containsExactly(
            "n.yaml:2:61: route of node 's1' to 0-1-1 does not reach 'x': routing loop: s1 -> s2 ->"
                + " s1",
            "n.yaml:3:50: route of node 's2' to 0-1-1 does not reach 'x': routing loop: s2 -> s1 ->"
                + " s2");
  }
}
