package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigLoader;

/** The lookups engines use follow the documented longest-prefix rules. */
class KindDataTest {
  static final Network NET =
      ConfigLoader.parseNetwork(
          "n.yaml",
          """
          nodes:
            - {name: stp, kind: stp, point_code: 1}
            - name: a
              kind: ssp
              point_code: 2
              peers: stp
              lines: [{prefix: "44"}, {prefix: "447", behaviour: busy}]
              trunks: [{to: b, cics: 1-5, prefixes: ["4"]}, {to: b, name: long, cics: 6-9, prefixes: ["45"]}]
              in_triggers: [{prefix: "0800", scp: scp}]
            - {name: b, kind: ssp, point_code: 3, peers: stp}
            - name: scp
              kind: scp
              point_code: 4
              peers: stp
              translations:
                - {prefix: "0800", routing_number: "44"}
                - {prefix: "08001", release_cause: 31}
                - {prefix: "0800", service_key: 7, routing_number: "45"}
            - name: hlr
              kind: hlr
              point_code: 5
              global_titles: "1"
              peers: stp
              subscribers: {msisdn: "9990110000000", imsi: "001010000000000", count: 10}
          """);

  @Test
  void a_switch_picks_line_trunk_and_trigger_by_the_longest_prefix() {
    KindData.SspData a = NET.node("a").orElseThrow().data(KindData.SspData.class);
    assertThat(a.lineFor("4471").orElseThrow().behaviour()).isEqualTo(LineBehaviour.BUSY);
    assertThat(a.lineFor("4461").orElseThrow().behaviour()).isEqualTo(LineBehaviour.ANSWER);
    assertThat(a.lineFor("3312")).isEmpty();
    assertThat(a.trunkGroupFor("4512").orElseThrow().name()).isEqualTo("long");
    assertThat(a.trunkGroupFor("4612").orElseThrow().name()).isEqualTo("a-b");
    assertThat(a.inTriggerFor("08001234")).isPresent();
    assertThat(a.inTriggerFor("0900")).isEmpty();
  }

  @Test
  void an_scp_prefers_entries_for_the_service_key_then_the_longest_prefix() {
    KindData.ScpData scp = NET.node("scp").orElseThrow().data(KindData.ScpData.class);
    assertThat(scp.translationFor("08001234", OptionalInt.empty()).orElseThrow().action())
        .isEqualTo(new NumberTranslation.Release(31));
    assertThat(scp.translationFor("08002234", OptionalInt.empty()).orElseThrow().action())
        .isEqualTo(new NumberTranslation.RouteTo("44"));
    assertThat(scp.translationFor("08001234", OptionalInt.of(7)).orElseThrow().action())
        .isEqualTo(new NumberTranslation.RouteTo("45"));
  }

  @Test
  void an_hlr_finds_a_subscriber_inside_a_block() {
    KindData.HlrData hlr = NET.node("hlr").orElseThrow().data(KindData.HlrData.class);
    Subscriber block = hlr.byMsisdn("9990110000009").orElseThrow();
    assertThat(block.imsiAt(9)).isEqualTo("001010000000009");
    assertThat(hlr.byMsisdn("9990110000010")).isEmpty();
    assertThat(hlr.byImsi("001010000000003")).contains(block);
  }
}
