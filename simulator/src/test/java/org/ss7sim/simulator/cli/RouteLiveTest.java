package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.simulator.cli.CommandLineTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.CommandLineTest.Run;
import org.ss7sim.testkit.TestData;

/** {@code ss7sim route --live}: the running network's M3UA links, AS/ASP states, availability. */
class RouteLiveTest {
  /**
   * ssp-a, one STP and the HLR, whose two ends of the stp-a/hlr link disagree on the routing
   * context: the HLR's ASP Active names RC 200, stp-a serves the HLR's AS as RC 100, so that AS
   * never comes up and stp-a answers traffic for the HLR with DUNA.
   */
  private static final String MISMATCHED_RC =
      """
      name: broken
      nodes:
        - name: stp-a
          kind: stp
          point_code: 1-1-1
          links:
            - {peer: hlr, routing_context: 100}
        - name: ssp-a
          kind: ssp
          point_code: 1-2-1
          peers: [stp-a]
        - name: hlr
          kind: hlr
          point_code: 1-4-1
          global_titles: "999010000001"
          links:
            - {peer: stp-a, routing_context: 200}
      """;

  /** As above, but stp-b also links the HLR (correctly) and stp-a routes to it as alternate. */
  private static final String MISMATCHED_RC_WITH_ALTERNATE =
      """
      name: alternate
      nodes:
        - name: stp-a
          kind: stp
          point_code: 1-1-1
          peers: [stp-b]
          links:
            - {peer: hlr, routing_context: 100}
        - name: stp-b
          kind: stp
          point_code: 1-1-2
        - name: ssp-a
          kind: ssp
          point_code: 1-2-1
          peers: [stp-a]
        - name: hlr
          kind: hlr
          point_code: 1-4-1
          global_titles: "999010000001"
          peers: [stp-b]
          links:
            - {peer: stp-a, routing_context: 200}
      """;

  static Path demoNetwork() {
    return TestData.root().resolve("examples/demo-network.yaml");
  }

  @Test
  void live_route_by_global_title_on_the_demo_network_shows_active_as_hops_and_arrives() {
    Run r =
        run(
            "route",
            demoNetwork().toString(),
            "--from",
            "ssp-a",
            "--gt",
            "9990110000001",
            "--live");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains(
            "prefix '99901') matches", // the static part is still there
            "arrives at hlr",
            "live, after",
            "every link up",
            "ssp-a: to 1-1-1 primary link ssp-a-stp-a to stp-a (rc ",
            "ASP ASP-ACTIVE, AS at stp-a AS-ACTIVE (asp stp-a-ssp-a#1 ASP-ACTIVE): available"
                + "  <- chosen",
            "stp-a: to 1-4-1 primary AS as-stp-a-hlr to hlr (rc ",
            ") AS-ACTIVE (asp stp-a-hlr#1 ASP-ACTIVE): available  <- chosen",
            "stp-a: to 1-4-1 alternate AS as-stp-a-stp-b to stp-b",
            "hlr: point code 1-4-1 is this node",
            "live: arrives at hlr");
  }

  @Test
  void live_route_by_point_code_arrives_and_shows_every_route_of_each_hop() {
    Run r = run("route", demoNetwork().toString(), "--from", "msc", "--dpc", "1-6-1", "--live");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains(
            "msc: to 1-6-1 primary link msc-stp-a to stp-a",
            "msc: to 1-6-1 primary link msc-stp-b to stp-b", // both STPs share the load
            "stp-a: to 1-6-1 primary AS as-stp-a-smsc to smsc",
            "live: arrives at smsc");
  }

  @Test
  void an_as_that_never_comes_up_is_shown_down_with_where_and_why_it_fails(@TempDir Path dir)
      throws Exception {
    Path net = Files.writeString(dir.resolve("broken.yaml"), MISMATCHED_RC);
    Run r = run("route", net.toString(), "--from", "ssp-a", "--dpc", "1-4-1", "--live");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out())
        .contains(
            "arrives at hlr", // the configuration alone looks fine
            "links not up: hlr/hlr-stp-a",
            "ssp-a: to 1-4-1 primary link ssp-a-stp-a to stp-a",
            ": unavailable (DUNA)",
            "stp-a: to 1-4-1 primary AS as-stp-a-hlr to hlr (rc 100) AS-DOWN (no ASP up): unavailable",
            "live: fails: ssp-a: no route to 1-4-1 is available:",
            "stp-a: no route to 1-4-1 is available: AS as-stp-a-hlr for hlr is AS-DOWN",
            "hlr: its link hlr-stp-a to stp-a (rc 200) is ASP ASP-INACTIVE");
    assertThat(r.out()).doesNotContain("live: arrives");
  }

  @Test
  void a_down_as_on_the_primary_route_is_shown_and_the_alternate_used(@TempDir Path dir)
      throws Exception {
    Path net = Files.writeString(dir.resolve("alternate.yaml"), MISMATCHED_RC_WITH_ALTERNATE);
    Run r = run("route", net.toString(), "--from", "ssp-a", "--dpc", "1-4-1", "--live");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains(
            "stp-a: to 1-4-1 primary AS as-stp-a-hlr to hlr (rc 100) AS-DOWN (no ASP up): unavailable",
            "stp-a: to 1-4-1 alternate AS as-stp-a-stp-b to stp-b (rc ",
            "stp-a: AS as-stp-a-hlr for hlr is AS-DOWN (no ASP up); alternate as-stp-a-stp-b to"
                + " stp-b used",
            "stp-b: to 1-4-1 primary AS as-stp-b-hlr to hlr (rc ",
            "live: arrives at hlr");
  }

  @Test
  void without_live_nothing_is_started_and_the_output_is_static() {
    Run r = run("route", demoNetwork().toString(), "--from", "ssp-a", "--dpc", "1-4-1");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("arrives at hlr").doesNotContain("live");
  }

  @Test
  void live_with_bad_input_is_still_one_line_and_exit_2() {
    Run r = run("route", demoNetwork().toString(), "--from", "nowhere", "--dpc", "1-4-1", "--live");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
