package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;

/** A subscriber block's t_csi, call_forwarding and call_barring (docs/network-file.md). */
class SupplementaryProfileTest {
  static String network(String extra) {
    return """
        nodes:
          - {name: stp, kind: stp, point_code: 1}
          - {name: scp, kind: scp, point_code: 2, peers: stp, global_titles: "999010000004"}
          - {name: msc, kind: msc, point_code: 3, peers: stp}
          - name: hlr
            kind: hlr
            point_code: 4
            peers: stp
            subscribers:
              - {msisdn: "9990110000000", imsi: "001010000000000", %s}
        """
        .formatted(extra);
  }

  static Subscriber block(String extra) {
    return ConfigLoader.parseNetwork("net.yaml", network(extra))
        .node("hlr")
        .orElseThrow()
        .data(KindData.HlrData.class)
        .subscribers()
        .get(0);
  }

  @Test
  void forwarding_barring_and_t_csi_are_read_with_their_defaults() {
    Subscriber b =
        block(
            "t_csi: {scf: scp, service_key: 9}, call_forwarding: {cfu: \"9990110000077\","
                + " cfnry: \"9990110000078\"}, call_barring: [BAOC, bic_roam]");
    assertThat(b.tCsi()).contains(new CamelCsi(9, "scp", true));
    assertThat(b.services().forwarding())
        .isEqualTo(Map.of("cfu", "9990110000077", "cfnry", "9990110000078"));
    assertThat(b.services().noReplyTime()).isEqualTo(20);
    assertThat(b.services().barring()).containsExactly("baoc", "bic_roam");
    assertThat(block("count: 2").services()).isEqualTo(SupplementaryProfile.NONE);
    assertThat(block("count: 2").tCsi()).isEmpty();
  }

  @Test
  void bad_values_are_refused_with_their_place() {
    assertThatThrownBy(() -> block("call_barring: [baoc, bar_everything]"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("net.yaml:10:")
        .hasMessageContaining(
            "call_barring: expected one of baoc, boic, boic_ex_hc, baic, bic_roam")
        .hasMessageContaining("bar_everything");
    assertThatThrownBy(() -> block("call_forwarding: {cfu: \"1\", no_reply_time: 40}"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no_reply_time");
    assertThatThrownBy(() -> block("call_forwarding: {cfx: \"1\"}"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cfx");
  }

  @Test
  void a_t_csi_naming_a_node_that_is_not_an_scp_is_a_problem() {
    List<String> problems =
        NetworkValidator.validate(
                ConfigLoader.parseNetwork("net.yaml", network("t_csi: {scf: msc}")))
            .stream()
            .map(Problem::toString)
            .toList();
    assertThat(problems).anyMatch(p -> p.contains("t_csi of subscribers 9990110000000"));
  }
}
