package org.ss7sim.simulator.node.msc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.scenario.ScenarioRunner;

/**
 * Location queries from the MSC to the HLR on the demo network (scenario kind {@code location}):
 * sendRoutingInfo with the HLR's ProvideRoamingNumber to the VLR (DESIGN.md §3 flow 4, without the
 * IAM to the MSRN), anyTimeInterrogation and sendRoutingInfoForSM; absent subscribers answered with
 * the MAP error.
 */
class MobilityTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @BeforeEach
  void start() throws Exception {
    demo = new DemoNetwork(dir);
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  @Test
  void location_queries_are_answered_by_the_hlr_and_the_vlr() throws Exception {
    ScenarioRunner.Report r =
        ScenarioRunner.run(
            demo.net,
            ConfigLoader.parseScenario(
                "mobility",
                """
                traffic:
                  - {name: sri, kind: location, from: msc, query: sri, to: {subscribers: attached},
                     rate: 20, count: 5, expect: {success_ratio: 1.0}}
                  - {name: ati, kind: location, from: msc, query: ati, to: {subscribers: any},
                     rate: 20, count: 5, expect: {success_ratio: 1.0}}
                  - {name: sri-sm, kind: location, from: msc, query: sri_sm,
                     to: {subscribers: attached}, rate: 20, count: 5, expect: {success_ratio: 1.0}}
                  - {name: sri-absent, kind: location, from: msc, query: sri,
                     to: {subscribers: absent}, rate: 20, count: 3,
                     expect: {causes: {absent_subscriber: 3}}}
                """),
            null,
            new PrintWriter(new StringWriter()));
    assertThat(r.unmet()).isEmpty();
    assertThat(r.leaks()).isEmpty();
    assertThat(demo.tracer.flow("location-1"))
        .extracting(e -> e.label())
        .containsSubsequence(
            "TC-BEGIN sendRoutingInfo",
            "TC-BEGIN provideRoamingNumber",
            "TC-END result",
            "TC-END result");
  }

  @Test
  void send_authentication_info_returns_milenage_vectors_of_the_subscribers_keys()
      throws Exception {
    org.ss7sim.simulator.network.SimNode mscNode = demo.net.node("msc").orElseThrow();
    Msc msc = (Msc) mscNode.logic().orElseThrow();
    java.util.concurrent.CompletableFuture<
            java.util.List<org.ss7sim.map.auth.AuthenticationQuintuplet>>
        got = new java.util.concurrent.CompletableFuture<>();
    mscNode.execute(() -> msc.authenticate("001010000000042", 2, got::complete));
    var vectors = got.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(vectors).hasSize(2);
    org.ss7sim.simulator.config.network.Subscriber block =
        demo.kinds.subscribers().blockOfImsi("001010000000042").orElseThrow();
    org.ss7sim.map.auth.Milenage milenage =
        new org.ss7sim.map.auth.Milenage(block.ki(), block.opc());
    for (var v : vectors) {
      var expected = milenage.f2345(v.rand());
      assertThat(v.xres()).isEqualTo(expected.res());
      assertThat(v.ck()).isEqualTo(expected.ck());
      assertThat(v.ik()).isEqualTo(expected.ik());
      assertThat(v.autn().length()).isEqualTo(16);
    }
    assertThat(vectors.get(0).rand()).isNotEqualTo(vectors.get(1).rand());
  }

  @Test
  void update_location_makes_the_hlr_insert_the_subscriber_data_in_the_vlr() throws Exception {
    org.ss7sim.simulator.network.SimNode mscNode = demo.net.node("msc").orElseThrow();
    Msc msc = (Msc) mscNode.logic().orElseThrow();
    java.util.concurrent.CompletableFuture<Boolean> done =
        new java.util.concurrent.CompletableFuture<>();
    mscNode.execute(
        () -> {
          mscNode
              .flows()
              .starting("ul-1", () -> msc.updateLocation("001010000000077", done::complete));
        });
    assertThat(done.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(msc.insertedData()).contains("001010000000077");
    // TS 29.002 §19.1.1: ISD in a TC-CONTINUE of the UpdateLocation dialogue, its result in the
    // VLR's TC-CONTINUE, the UpdateLocation result in the HLR's TC-END; no dialogue of its own
    // (each message is traced per hop, through the STP).
    assertThat(demo.tracer.flow("ul-1"))
        .extracting(e -> e.label())
        .doesNotContain("TC-BEGIN insertSubscriberData")
        .containsSubsequence(
            "TC-BEGIN updateLocation",
            "TC-CONTINUE insertSubscriberData",
            "TC-CONTINUE result",
            "TC-END result");
    assertThat(demo.net.awaitNoLeaks(java.time.Duration.ofSeconds(5))).isEmpty();
  }
}
