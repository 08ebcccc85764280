package org.ss7sim.simulator.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.Network;

class ScenarioValidatorTest {
  static final Network DEMO = ConfigLoader.demoNetwork();

  static List<String> problems(String yaml) {
    return ScenarioValidator.validate(ConfigLoader.parseScenario("s.yaml", yaml), DEMO).stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void a_scenario_fitting_the_network_has_no_problems() {
    assertThat(
            problems(
                """
                traffic:
                  - {kind: call, from: ssp-a, to: "9992021000", count: 1}
                  - {kind: sms, from: esme1, to: {subscribers: absent, hlr: hlr}, count: 1}
                events:
                  - {at: 1s, action: link_down, link: ssp-a-stp-a}
                  - {at: 2s, action: subscriber_state, subscriber: "9990120000003", state: attached}
                """))
        .isEmpty();
  }

  @Test
  void sources_at_unknown_or_wrong_nodes_are_reported() {
    assertThat(
            problems(
                """
                traffic:
                  - {kind: call, from: ssp-c, to: "1", count: 1}
                  - {kind: sms, from: smsc, to: "1", count: 1}
                  - {kind: call, name: call-1, from: ssp-a, to: "1", count: 1, rate: 0}
                """))
        .containsExactly(
            "s.yaml:2:5: traffic source 'call-1' starts at unknown node 'ssp-c' (did you mean"
                + " 'ssp-a'?)",
            "s.yaml:3:5: traffic source 'sms-2': sms traffic starts at esme nodes, 'smsc' is an"
                + " smsc",
            "s.yaml:4:5: duplicate traffic source name 'call-1' (first at line 2)",
            "s.yaml:4:5: traffic source 'call-1' has rate 0 and would never start an attempt");
  }

  @Test
  void a_source_starting_after_the_end_is_reported() {
    assertThat(
            problems(
                """
                duration: 60s
                traffic:
                  - {kind: call, name: late, from: ssp-a, to: "1", start: 70s}
                """))
        .containsExactly(
            "s.yaml:3:5: traffic source 'late' starts at 70000 ms, when the scenario has ended (60000 ms)");
  }

  @Test
  void subscriber_selections_that_select_nobody_are_reported() {
    assertThat(
            problems(
                """
                traffic:
                  - {kind: sms, from: esme1, to: {subscribers: any, hlr: hrl}, count: 1}
                  - {kind: sms, from: esme1, to: {subscribers: absent, hlr: msc}, count: 1}
                """))
        .containsExactly(
            "s.yaml:2:5: traffic source 'sms-1' selects subscribers of unknown hlr 'hrl' (did you"
                + " mean 'hlr'?)",
            "s.yaml:3:5: traffic source 'sms-2' selects subscribers of 'msc', an msc, not an hlr");
  }

  @Test
  void an_empty_scenario_has_no_traffic_and_is_refused() {
    assertThat(problems(""))
        .containsExactly("s.yaml:1:1: the scenario has no traffic: give it a 'traffic:' list");
    assertThat(problems("name: nothing\nduration: 10s\n"))
        .containsExactly("s.yaml:1:1: the scenario has no traffic: give it a 'traffic:' list");
  }

  @Test
  void events_naming_unknown_things_or_after_the_end_are_reported() {
    assertThat(
            problems(
                """
                duration: 30s
                traffic: []
                events:
                  - {at: 1s, action: link_down, link: ssp-a-stp-c}
                  - {at: 2s, action: node_stop, node: smsc2}
                  - {at: 3s, action: subscriber_state, subscriber: "123", state: absent}
                  - {at: 31s, action: node_start, node: smsc}
                """))
        .containsExactly(
            "s.yaml:1:1: the scenario has no traffic: give it a 'traffic:' list",
            "s.yaml:4:5: event names unknown link 'ssp-a-stp-c' (did you mean 'ssp-a-stp-a'?)",
            "s.yaml:5:5: event names unknown node 'smsc2' (did you mean 'smsc'?)",
            "s.yaml:6:5: event names subscriber 123, whom no hlr has",
            "s.yaml:7:5: event at 31000 ms comes after the scenario ends (30000 ms)");
  }

  @Test
  void checks_naming_unknown_things_another_nodes_link_or_after_the_end_are_reported() {
    assertThat(
            problems(
                """
                duration: 60s
                traffic:
                  - {kind: call, from: ssp-a, to: "9992021000", count: 1}
                checks:
                  - {at: 15s, link: ssp-a-stp-a, state: down}
                  - {from: 1s, to: 9s, node: stp-b, counter: data_received, link: stp-b-stp-a, count: 0}
                  - {at: 15s, link: ssp-a-stp-c, state: down}
                  - {at: 15s, node: stp-c, state: stopped}
                  - {from: 1s, to: 9s, node: stp-b, counter: data_received, link: ssp-a-stp-a, count: 0}
                  - {at: 61s, node: hlr, state: running}
                  - {from: 1s, to: 9s, node: smsc, message: GRS, count: {min: 1}}
                """))
        .containsExactlyInAnyOrder(
            "s.yaml:7:5: check names unknown link 'ssp-a-stp-c' (did you mean 'ssp-a-stp-a'?)",
            "s.yaml:8:5: check names unknown node 'stp-c' (did you mean 'stp-a'?)",
            "s.yaml:9:5: check names link 'ssp-a-stp-a', which is not a link of stp-b",
            "s.yaml:10:5: check at 61000 ms comes after the scenario ends (60000 ms)");
  }

  @Test
  void a_state_no_subscriber_is_in_selects_nobody() {
    Network net = mobileNetwork();
    Scenario s =
        ConfigLoader.parseScenario(
            "s.yaml",
            """
            traffic:
              - {kind: location, from: msc, to: {subscribers: absent}, count: 1}
            """);
    assertThat(ScenarioValidator.validate(s, net))
        .extracting(Problem::toString)
        .containsExactly(
            "s.yaml:2:5: traffic source 'location-1' selects absent subscribers, but the network"
                + " has none");
  }

  @Test
  void a_location_query_starts_only_at_an_msc() {
    Network net = mobileNetwork();
    Scenario s =
        ConfigLoader.parseScenario(
            "s.yaml",
            """
            traffic:
              - {kind: location, from: stp, to: {subscribers: any}, count: 1}
            """);
    assertThat(ScenarioValidator.validate(s, net))
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .contains("location")
        .contains("msc");
  }

  /** An STP, an MSC and an HLR with one attached subscriber. */
  private static Network mobileNetwork() {
    return ConfigLoader.parseNetwork(
        "n.yaml",
        """
        nodes:
          - {name: stp, kind: stp, point_code: 1}
          - {name: msc, kind: msc, point_code: 3, peers: stp}
          - name: hlr
            kind: hlr
            point_code: 2
            peers: stp
            subscribers: {msisdn: "9990110000000", imsi: "001010000000000"}
        """);
  }
}
