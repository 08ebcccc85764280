package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.firewall.Action;
import org.ss7sim.simulator.firewall.Category;
import org.ss7sim.simulator.firewall.FirewallConfig;
import org.ss7sim.simulator.firewall.Rule;

/** The interconnect and firewall keys of the network file: reading, defaults, errors, checks. */
class SecurityReaderTest {
  static String network(String rules) {
    return """
        home_gt_prefixes: ["99901"]
        home_imsi_prefixes: "00101"
        nodes:
          - name: gw
            kind: stp
            point_code: 1
            peers: [hlr, intl]
            gtt:
              - {prefix: "99901", to: hlr, ssn: 6}
              - {prefix: "999", to: intl}
            firewall:
              min_travel: 2h
              regions: [{prefix: "99902", region: b}]
              rules:
        %s
          - name: hlr
            kind: hlr
            point_code: 2
            global_titles: "999010000001"
          - name: intl
            kind: stp
            point_code: 3
            interconnect: true
            links: [{peer: other, interconnect: true}]
          - name: other
            kind: stp
            point_code: 4
        """
        .formatted(rules.indent(8).stripTrailing());
  }

  static Network parse(String rules) {
    return ConfigLoader.parseNetwork("net.yaml", network(rules));
  }

  @Test
  void reads_rules_in_order_with_their_matches_and_actions() {
    Network n =
        parse(
            """
            - {name: partner, calling: ["99902"], op: [sri-sm, sendRoutingInfo, 71], ssn: 6, context: shortMsgGateway, subscriber: "9990110", interconnect: true, action: allow}
            - {category: 1, action: tcap-abort}
            - {name: refuse, op: purgeMS, action: udts, cause: 1}
            - {name: watch, action: log-only}
            """);
    Security s = n.security();
    assertThat(s.homeGtPrefixes()).containsExactly("99901");
    assertThat(s.homeImsiPrefixes()).containsExactly("00101");
    FirewallConfig fw = s.firewall("gw").orElseThrow();
    assertThat(fw.enabled()).isTrue();
    assertThat(fw.minTravel()).isEqualTo(Duration.ofHours(2));
    assertThat(fw.smsWindow()).isEqualTo(FirewallConfig.DEFAULT_SMS_WINDOW);
    assertThat(fw.homeGtPrefixes()).containsExactly("99901");
    assertThat(fw.regionOf("999020001")).contains("b");
    assertThat(fw.regionOf("999010001")).contains("home");
    assertThat(fw.regionOf("12345")).isEmpty();
    assertThat(fw.rules())
        .extracting(Rule::name)
        .containsExactly("partner", "category-1", "refuse", "watch");
    Rule partner = fw.rules().get(0);
    assertThat(partner.match().operations()).containsExactlyInAnyOrder(45, 22, 71);
    assertThat(partner.match().ssns()).containsExactly(6);
    assertThat(partner.match().calling()).containsExactly("99902");
    assertThat(partner.match().subscribers()).containsExactly("9990110");
    assertThat(partner.match().fromInterconnect()).contains(true);
    assertThat(partner.action()).isEqualTo(Action.ALLOW);
    assertThat(fw.rules().get(1).category()).contains(Category.ONE);
    assertThat(fw.rules().get(1).action()).isEqualTo(Action.TCAP_ABORT);
    assertThat(fw.rules().get(2).action()).isEqualTo(new Action.Udts(1));
    assertThat(fw.rules().get(3).action()).isEqualTo(Action.LOG_ONLY);
    assertThat(fw.rules().get(3).match().fromInterconnect()).isEqualTo(Optional.empty());
  }

  @Test
  void interconnect_nodes_and_links_make_their_point_codes_foreign_to_their_neighbours() {
    Network n = parse("- {category: 2, action: drop}");
    Security s = n.security();
    assertThat(s.interconnectNodes()).containsExactly("intl");
    assertThat(s.interconnect("gw", "intl")).isTrue();
    assertThat(s.interconnect("gw", "hlr")).isFalse();
    assertThat(s.interconnect("intl", "other")).isTrue();
    assertThat(s.interconnect("other", "intl")).isTrue();
    assertThat(s.interconnectNeighbours(n, n.node("gw").orElseThrow()))
        .isEqualTo(Set.of(PointCode.itu(3)));
    assertThat(NetworkValidator.validate(n)).isEmpty();
  }

  @Test
  void enabled_false_keeps_the_rules() {
    Network n =
        ConfigLoader.parseNetwork(
            "net.yaml",
            network("- {category: 1, action: drop}")
                .replace("min_travel: 2h", "min_travel: 2h\n      enabled: false"));
    assertThat(n.security().firewall("gw").orElseThrow().enabled()).isFalse();
    assertThat(n.security().firewall("gw").orElseThrow().rules()).hasSize(1);
  }

  @Test
  void a_network_without_the_keys_has_no_security() {
    Network n =
        ConfigLoader.parseNetwork("net.yaml", "nodes:\n  - {name: s, kind: stp, point_code: 1}\n");
    assertThat(n.security()).isEqualTo(Security.NONE);
    assertThat(n.security().firewall("s")).isEmpty();
  }

  static String error(String rules) {
    try {
      parse(rules);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + rules);
  }

  @Test
  void bad_rules_are_errors_at_their_place() {
    assertThat(error("- {op: anyTimeInterogation, action: drop}"))
        .contains("unknown MAP operation 'anyTimeInterogation'")
        .contains("net.yaml:");
    assertThat(error("- {op: 300, action: drop}")).contains("unknown MAP operation '300'");
    assertThat(error("- {calling: \"99x\", action: drop}")).contains("calling");
    assertThat(error("- {context: anyTimeEnquiri, action: drop}"))
        .contains("unknown MAP application context");
    assertThat(error("- {action: reject}")).contains("unknown firewall action 'reject'");
    assertThat(error("- {action: udts}")).contains("action udts needs a 'cause'");
    assertThat(error("- {action: drop, cause: 1}")).contains("'cause' belongs to action udts");
    assertThat(error("- {action: udts, cause: 256}")).contains("cause");
    assertThat(error("- {category: 4, action: drop}")).contains("category");
    assertThat(error("- {op: ati}")).contains("needs key 'action'");
    assertThat(error("- {name: x, action: drop, sneaky: 1}")).contains("unknown key 'sneaky'");
    assertThat(error("- {name: x, action: drop}\n- {name: x, action: allow}"))
        .contains("two firewall rules are named 'x'");
  }

  @Test
  void firewall_is_a_key_of_stps_only() {
    assertThatThrownBy(
            () ->
                ConfigLoader.parseNetwork(
                    "net.yaml",
                    "nodes:\n  - {name: h, kind: hlr, point_code: 1, global_titles: \"1\", firewall: {}}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'firewall' is a key of stp nodes");
  }

  @Test
  void the_validator_checks_what_the_categories_need() {
    String yaml =
        network(
                "- {category: 3, action: drop}\n- {name: all, action: drop}\n- {name: late, action: allow}")
            .replace("home_gt_prefixes: [\"99901\"]\n", "")
            .replace("regions: [{prefix: \"99902\", region: b}]", "regions: []")
            .replace("    interconnect: true\n", "")
            .replace(", interconnect: true}", "}");
    assertThat(NetworkValidatorTest.problems(yaml))
        .anySatisfy(p -> assertThat(p).contains("needs the home network's home_gt_prefixes"))
        .anySatisfy(p -> assertThat(p).contains("(category 3) needs regions"))
        .anySatisfy(p -> assertThat(p).contains("no node or link is marked interconnect: true"))
        .anySatisfy(
            p -> assertThat(p).contains("rule 'late' comes after a rule that matches everything"));
  }
}
