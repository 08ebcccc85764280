package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;

/** One failing network per validation rule: the exact message and place of each problem. */
class NetworkValidatorTest {
  static List<String> problems(String yaml) {
    return NetworkValidator.validate(ConfigLoader.parseNetwork("net.yaml", yaml)).stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void a_small_correct_network_has_no_problems() {
    assertThat(
            problems(
                """
                nodes:
                  - {name: stp, kind: stp, point_code: 1}
                  - {name: a, kind: ssp, point_code: 2, peers: stp}
                  - {name: b, kind: ssp, point_code: 3, peers: stp, trunks: {to: a, cics: 1-31}}
                """))
        .isEmpty();
  }

  @Test
  void problems_come_in_file_order_and_all_at_once() {
    assertThat(
            problems(
                """
                nodes:
                  - {name: stp, kind: stp, point_code: 1}
                  - {name: a, kind: ssp, point_code: 1, peers: stpp}
                  - {name: a, kind: ssp, point_code: 3, peers: stp}
                """))
        .containsExactly(
            "net.yaml:3:5: point code 0-0-1 (1) of node 'a' is already used by node 'stp' (line 2)",
            "net.yaml:3:48: link 'a-stpp' of node 'a': unknown node 'stpp' (did you mean 'stp'?)",
            "net.yaml:4:5: duplicate node name 'a' (first at line 3)");
  }

  @Nested
  class Nodes {
    @Test
    void duplicate_names_are_reported_at_the_second_node() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: stp, kind: stp, point_code: 2, peers: stp}
                  """))
          .contains("net.yaml:3:5: duplicate node name 'stp' (first at line 2)");
    }

    @Test
    void duplicate_point_codes_are_reported_in_both_forms() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 2-100-1}
                    - {name: a, kind: ssp, point_code: 4897, peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:5: point code 2-100-1 (4897) of node 'a' is already used by node 'stp'"
                  + " (line 2)");
    }

    @Test
    void hlr_msc_and_smsc_need_a_global_title() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: msc, kind: msc, point_code: 2, peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:5: node 'msc' (msc) needs a global title (global_titles): MAP peers"
                  + " address it by one");
    }

    @Test
    void a_signaling_point_without_links_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: stp}
                    - {name: lonely, kind: scp, point_code: 3}
                  """))
          .containsExactly("net.yaml:4:5: node 'lonely' has no links (give it peers or links)");
    }
  }

  @Nested
  class Links {
    @Test
    void a_link_to_an_unknown_node_suggests_the_nearest_name() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp-a, kind: stp, point_code: 1}
                    - name: a
                      kind: ssp
                      point_code: 2
                      peers: [stp-a, stp-b]
                  """))
          .containsExactly(
              "net.yaml:6:20: link 'a-stp-b' of node 'a': unknown node 'stp-b' (did you mean"
                  + " 'stp-a'?)");
    }

    @Test
    void a_link_to_the_node_itself_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: [stp, a]}
                  """))
          .containsExactly("net.yaml:3:54: link 'a-a' of node 'a' links the node to itself");
    }

    @Test
    void a_link_to_an_esme_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, peers: e}
                    - {name: s, kind: smsc, point_code: 2, global_titles: "1", peers: stp}
                    - {name: e, kind: esme, smsc: s}
                  """))
          .contains(
              "net.yaml:2:50: link 'stp-e' of node 'stp': 'e' is an esme, which has no M3UA links"
                  + " (it reaches its SMSC over SMPP)");
    }

    @Test
    void a_link_the_peer_does_not_declare_back_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - name: stp
                      kind: stp
                      point_code: 1
                      links:
                        - {peer: a}
                    - name: a
                      kind: ssp
                      point_code: 2
                      links:
                        - {peer: stp}
                        - {peer: stp, name: second}
                  """))
          .containsExactly(
              "net.yaml:12:9: link 'second' of node 'a': node 'stp' has no link back to 'a' for it"
                  + " ('stp' declares 1 link to 'a', 'a' declares 2)");
    }

    @Test
    void ends_that_disagree_on_transport_role_and_routing_context_are_reported_once() {
      assertThat(
              problems(
                  """
                  nodes:
                    - name: stp
                      kind: stp
                      point_code: 1
                      links:
                        - {peer: a, transport: sctp, role: asp, routing_context: 7}
                    - name: a
                      kind: ssp
                      point_code: 2
                      links:
                        - {peer: stp, transport: tcp, role: asp, routing_context: 8}
                  """))
          .containsExactly(
              "net.yaml:6:9: link 'stp-a' of node 'stp' has routing context 7 but its other end"
                  + " 'a-stp' at node 'a' has 8",
              "net.yaml:6:9: link 'stp-a' of node 'stp' is asp and its other end 'a-stp' at node"
                  + " 'a' is asp: an asp needs an sgp at the other end, an ipsp an ipsp",
              "net.yaml:6:9: link 'stp-a' of node 'stp' uses sctp but its other end 'a-stp' at node"
                  + " 'a' uses tcp");
    }

    @Test
    void a_client_connecting_to_another_port_than_the_server_listens_on_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: {peer: a, local: 3000}}
                    - {name: a, kind: ssp, point_code: 2, links: {peer: stp, remote: "127.0.0.1:3001"}}
                  """))
          .containsExactly(
              "net.yaml:2:50: link 'stp-a' of node 'stp': 'a' connects to port 3001 but 'stp'"
                  + " listens on port 3000");
    }

    @Test
    void ends_that_both_listen_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: {peer: a, listen: true}}
                    - {name: a, kind: ssp, point_code: 2, links: {peer: stp, listen: true}}
                  """))
          .containsExactly(
              "net.yaml:2:50: link 'stp-a' of node 'stp' and its other end 'a-stp' at node 'a' both"
                  + " listen: exactly one end must listen",
              "net.yaml:3:48: link 'a-stp' of node 'a' listens on 127.0.0.1:2905, as does link"
                  + " 'stp-a' of node 'stp'");
    }

    @Test
    void linked_nodes_with_different_network_indicators_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, ni: national, peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:62: link 'a-stp' of node 'a' joins nodes of different network indicators"
                  + " ('a' national, 'stp' international)");
    }

    @Test
    void two_links_listening_on_one_address_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, local: 3000}, {peer: b, local: 3000}]}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: b, kind: ssp, point_code: 3}
                  """))
          .containsExactly(
              "net.yaml:2:75: link 'stp-b' of node 'stp' listens on 127.0.0.1:3000, as does link"
                  + " 'stp-a' of node 'stp'");
    }

    @Test
    void two_links_of_a_node_with_one_name_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, name: x}, {peer: b, name: x}]}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: b, kind: ssp, point_code: 3}
                  """))
          .containsExactly("net.yaml:2:71: node 'stp' has two links named 'x'");
    }
  }

  @Nested
  class Routes {
    @Test
    void a_route_via_a_node_without_a_link_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, routes: {dpc: 3, via: b}}
                    - {name: b, kind: ssp, point_code: 3, peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:61: route of node 'a' to 0-0-3 goes via 'b', but 'a' has no link to it");
    }

    @Test
    void a_route_via_an_unknown_target_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, routes: {dpc: 1, via: stp, alternate: nowhere}}
                  """))
          .containsExactly(
              "net.yaml:3:61: route of node 'a' to 0-0-1 goes via 'nowhere', which is neither a"
                  + " node linked to 'a' nor one of its links");
    }

    @Test
    void a_route_to_a_point_code_no_node_has_leads_nowhere() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: a
                      kind: ssp
                      point_code: 2
                      peers: stp
                      routes:
                        - {dpc: 7-0-0, mask: 7-0-0, via: stp}
                        - {dpc: 5-5-5, via: a-stp}
                  """))
          .containsExactly(
              "net.yaml:8:9: route of node 'a' to 7-0-0 mask 7-0-0 leads nowhere: no node has a"
                  + " point code it matches",
              "net.yaml:9:9: route of node 'a' to 5-5-5 leads nowhere: no node has that point"
                  + " code");
    }

    @Test
    void a_repeated_route_is_never_used() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: a
                      kind: ssp
                      point_code: 2
                      peers: stp
                      routes:
                        - {dpc: 1, via: stp}
                        - {dpc: 1, via: stp}
                  """))
          .containsExactly(
              "net.yaml:9:9: route of node 'a' to 0-0-1 repeats the route at line 8 and is never"
                  + " used");
    }
  }

  @Nested
  class RouteLoops {
    @Test
    void a_route_that_comes_back_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: s1, kind: stp, point_code: 1, peers: [s2, s3], routes: {dpc: 4, via: s2, alternate: s3}}
                    - {name: s2, kind: stp, point_code: 2, routes: {dpc: 4, via: s1}}
                    - {name: s3, kind: stp, point_code: 3}
                    - {name: x, kind: ssp, point_code: 4, peers: s3}
                  """))
          .containsExactly(
              "net.yaml:2:67: route of node 's1' to 0-0-4 does not reach 'x': routing loop: s1 ->"
                  + " s2 -> s1",
              "net.yaml:3:50: route of node 's2' to 0-0-4 does not reach 'x': routing loop: s2 ->"
                  + " s1 -> s2");
    }
  }

  @Nested
  class GlobalTitleTranslation {
    static final String HEAD =
        """
        nodes:
          - {name: hlr, kind: hlr, point_code: 2, global_titles: "4471", peers: stp}
          - name: stp
            kind: stp
            point_code: 1
            gtt:
        """;

    @Test
    void a_rule_after_one_with_the_same_prefix_and_broader_criteria_can_never_match() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "44", to: hlr}
                            - {prefix: "44", np: 1, to: hlr}
                            - {prefix: "4471", tt: 0, to: hlr}
                      """))
          .containsExactly(
              "net.yaml:8:9: gtt rule of node 'stp' (prefix '44') can never match: the rule at"
                  + " line 7 (prefix '44') matches every global title it does");
    }

    @Test
    void a_longer_prefix_after_a_shorter_one_still_wins() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "4", to: hlr}
                            - {prefix: "4471", to: hlr}
                      """))
          .isEmpty();
    }

    @Test
    void a_rule_with_narrower_criteria_before_does_not_shadow() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "44", tt: 3, to: hlr}
                            - {prefix: "4471", to: hlr}
                      """))
          .isEmpty();
    }

    @Test
    void impossible_digits_can_never_match() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "44a", np: 1, to: hlr}
                            - {prefix: "1234567890123456", np: 6, to: hlr}
                      """))
          .containsExactly(
              "net.yaml:7:9: gtt rule of node 'stp' (prefix '44a') can never match: numbering plan"
                  + " 1 (E.164) numbers are decimal digits",
              "net.yaml:8:9: gtt rule of node 'stp' (prefix '1234567890123456') can never match:"
                  + " numbering plan 6 (E.212) numbers have at most 15 digits, the prefix has 16");
    }

    @Test
    void unknown_targets_and_point_codes_nobody_has_are_reported() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "1", to: hrl}
                            - {prefix: "2", to: 3-3-3}
                            - {prefix: "3", to: hlr, backup: hlr-b}
                      """))
          .containsExactly(
              "net.yaml:7:9: gtt rule of node 'stp' (prefix '1') sends to unknown node 'hrl' (did"
                  + " you mean 'hlr'?)",
              "net.yaml:8:9: gtt rule of node 'stp' (prefix '2') sends to point code 3-3-3, which"
                  + " no node has",
              "net.yaml:9:9: gtt rule of node 'stp' (prefix '3') has backup unknown node 'hlr-b'"
                  + " (did you mean 'hlr'?)");
    }

    @Test
    void a_target_the_stp_cannot_route_to_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, gtt: {prefix: "9", to: far}, peers: a}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: far, kind: hlr, point_code: 3, global_titles: "9", peers: b}
                    - {name: b, kind: ssp, point_code: 4}
                  """))
          .containsExactly(
              "net.yaml:2:48: gtt rule of node 'stp' (prefix '9') sends to 'far' (0-0-3), which it"
                  + " cannot reach: stp has no route to 0-0-3");
    }

    @Test
    void an_ssn_the_target_does_not_have_is_reported() {
      assertThat(
              problems(
                  HEAD
                      + """
                            - {prefix: "44", to: hlr, ssn: 8}
                      """))
          .containsExactly(
              "net.yaml:7:9: gtt rule of node 'stp' (prefix '44') sends to SSN 8 of 'hlr', which"
                  + " has SSNs 6");
    }
  }

  @Nested
  class TrunkGroups {
    static final String NODES =
        """
        nodes:
          - {name: stp, kind: stp, point_code: 1}
          - {name: b, kind: ssp, point_code: 3, peers: stp}
          - name: a
            kind: ssp
            point_code: 2
            peers: stp
            trunks:
        """;

    @Test
    void overlapping_cic_ranges_in_one_group_are_reported() {
      assertThat(
              problems(
                  NODES
                      + """
                            - {to: b, cics: "1-31, 20-40"}
                      """))
          .containsExactly(
              "net.yaml:9:9: trunk group 'a-b' of node 'a': CICs 1-31 and 20-40 overlap");
    }

    @Test
    void overlapping_cic_ranges_in_two_groups_to_one_switch_are_reported() {
      assertThat(
              problems(
                  NODES
                      + """
                            - {to: b, cics: 1-31}
                            - {to: b, name: a-b-2, cics: [25-40, 50]}
                      """))
          .containsExactly(
              "net.yaml:10:9: trunk groups 'a-b' and 'a-b-2' of node 'a' both use CICs 25-31"
                  + " towards 'b'");
    }

    @Test
    void two_groups_with_one_name_are_reported() {
      assertThat(
              problems(
                  NODES
                      + """
                            - {to: b, name: tg, cics: 1-5}
                            - {to: b, name: tg, cics: 6-9}
                      """))
          .containsExactly("net.yaml:10:9: node 'a' has two trunk groups named 'tg'");
    }

    @Test
    void ends_with_different_circuits_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: b, kind: ssp, point_code: 3, peers: stp, trunks: {to: a, cics: 1-30}}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, trunks: {to: b, cics: "1-15, 17-31"}}
                  """))
          .containsExactly(
              "net.yaml:4:61: trunk groups of node 'a' towards 'b' have CICs 1-15, 17-31 but those"
                  + " of 'b' towards 'a' have 1-30");
    }

    @Test
    void groups_to_unknown_wrong_kind_or_unreachable_switches_are_reported() {
      assertThat(
              problems(
                  NODES
                      + """
                            - {to: c, cics: 1}
                            - {to: stp, cics: 2}
                            - {to: a, cics: 3}
                            - {to: lost, cics: 4}
                        - {name: lost, kind: ssp, point_code: 9, links: {peer: x}}
                        - {name: x, kind: ssp, point_code: 10}
                      """))
          .containsExactly(
              "net.yaml:9:9: trunk group 'a-c' of node 'a' goes to unknown node 'c' (did you mean"
                  + " 'b'?)",
              "net.yaml:10:9: trunk group 'a-stp' of node 'a' goes to 'stp', an stp; trunk groups"
                  + " join ssp and msc nodes",
              "net.yaml:11:9: trunk group 'a-a' of node 'a' goes to the node itself",
              "net.yaml:12:9: trunk group 'a-lost' of node 'a': ISUP cannot reach 'lost': a has no"
                  + " route to 0-1-1");
    }
  }

  @Nested
  class Services {
    @Test
    void an_o_csi_must_name_an_scp() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: h, kind: hlr, point_code: 2, peers: stp, global_titles: "9", subscribers: [{msisdn: "1", imsi: "001010000000001", o_csi: {scf: stp}}]}
                  """))
          .containsExactly(
              "net.yaml:3:87: o_csi of subscribers 1 of node 'h' names 'stp', an stp, not an scp");
    }

    @Test
    void an_in_trigger_must_name_a_reachable_scp() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, in_triggers: [{prefix: "0800", scp: stp}]}
                  """))
          .containsExactly(
              "net.yaml:3:67: in_trigger of node 'a' (prefix '0800') asks 'stp', an stp, not an"
                  + " scp");
    }

    @Test
    void an_in_trigger_to_an_unreachable_scp_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, in_triggers: {prefix: "0800", scp: scp}}
                    - {name: scp, kind: scp, point_code: 3, links: {peer: b}}
                    - {name: b, kind: ssp, point_code: 4}
                  """))
          .containsExactly(
              "net.yaml:3:66: in_trigger of node 'a' (prefix '0800') asks 'scp', which it cannot"
                  + " reach: a has no route to 0-0-3");
    }

    @Test
    void a_subscriber_served_by_a_node_that_is_not_an_msc_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: hlr
                      kind: hlr
                      point_code: 2
                      global_titles: "1"
                      peers: stp
                      subscribers: {msisdn: "9990110000000", imsi: "001010000000000", msc: stp}
                  """))
          .containsExactly(
              "net.yaml:8:18: subscriber 9990110000000 of node 'hlr' is served by 'stp', an stp, not"
                  + " an msc");
    }

    @Test
    void an_smsc_whose_sri_for_sm_ends_at_another_hlr_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, gtt: {prefix: "9", to: hlr-1}}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1", peers: stp}
                    - {name: hlr-1, kind: hlr, point_code: 3, global_titles: "2", peers: stp}
                    - name: hlr-2
                      kind: hlr
                      point_code: 4
                      global_titles: "3"
                      peers: stp
                      subscribers: {msisdn: "9990110000000", imsi: "001010000000000"}
                  """))
          .containsExactly(
              "net.yaml:3:5: smsc 'smsc' cannot reach hlr 'hlr-2': SRI-for-SM to 9990110000000 ends at"
                  + " 'hlr-1'");
    }

    @Test
    void a_subscriber_served_by_an_unknown_msc_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: hlr
                      kind: hlr
                      point_code: 2
                      global_titles: "1"
                      peers: stp
                      subscribers: {msisdn: "9990110000000", imsi: "001010000000000", msc: msc-x}
                  """))
          .containsExactly(
              "net.yaml:8:18: subscriber 9990110000000 of node 'hlr' is served by unknown node"
                  + " 'msc-x'");
    }

    @Test
    void overlapping_subscriber_blocks_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: hlr
                      kind: hlr
                      point_code: 2
                      global_titles: "1"
                      peers: stp
                      subscribers:
                        - {msisdn: "9990110000000", imsi: "001010000000000", count: 100}
                        - {msisdn: "9990110000099", imsi: "001010000001000"}
                        - {msisdn: "9990120000000", imsi: "001010000000050"}
                  """))
          .containsExactly(
              "net.yaml:10:9: subscribers 9990110000099 of node 'hlr' overlap MSISDNs"
                  + " 9990110000000-9990110000099 of node 'hlr' (line 9)",
              "net.yaml:11:9: subscribers from IMSI 001010000000050 of node 'hlr' overlap IMSIs"
                  + " from 001010000000000 of node 'hlr' (line 9)");
    }

    @Test
    void a_repeated_translation_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: scp
                      kind: scp
                      point_code: 2
                      peers: stp
                      translations:
                        - {prefix: "0800", routing_number: "1"}
                        - {prefix: "0800", release_cause: 31}
                  """))
          .containsExactly(
              "net.yaml:9:9: translation of node 'scp' for prefix '0800' repeats the one at line 8"
                  + " and is never used");
    }

    @Test
    void an_smsc_without_an_hlr_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1", peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:5: smsc 'smsc' has no HLR to ask for routing information: the network has"
                  + " no hlr node");
    }

    @Test
    void an_smsc_that_cannot_reach_the_hlr_by_global_title_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, gtt: {prefix: "44", to: hlr}}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1", peers: stp}
                    - name: hlr
                      kind: hlr
                      point_code: 3
                      global_titles: "2"
                      peers: stp
                      subscribers: {msisdn: "9990110000000", imsi: "001010000000000"}
                  """))
          .containsExactly(
              "net.yaml:3:5: smsc 'smsc' cannot reach hlr 'hlr': SRI-for-SM to 9990110000000 fails:"
                  + " no gtt rule of stp matches global title 9990110000000 (tt 0, np 1, nai 4)");
    }

    @Test
    void an_smsc_that_cannot_reach_a_serving_msc_by_global_title_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, gtt: {prefix: "9", to: hlr}}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1", peers: stp}
                    - name: hlr
                      kind: hlr
                      point_code: 3
                      global_titles: "2"
                      peers: stp
                      subscribers: {msisdn: "9990110000000", imsi: "001010000000000"}
                    - {name: msc, kind: msc, point_code: 4, global_titles: "4471", peers: stp}
                  """))
          .containsExactly(
              "net.yaml:3:5: smsc 'smsc' cannot reach msc 'msc': MT-ForwardSM to 4471 fails: no gtt"
                  + " rule of stp matches global title 4471 (tt 0, np 1, nai 4)");
    }

    @Test
    void esme_accounts_must_exist_with_the_same_password() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1}
                    - name: smsc
                      kind: smsc
                      point_code: 2
                      global_titles: "1"
                      peers: stp
                      accounts: [{system_id: e1, password: pw}, {system_id: e1}]
                    - {name: hlr, kind: hlr, point_code: 3, global_titles: "2", peers: stp}
                    - {name: e1, kind: esme, password: other}
                    - {name: e2, kind: esme}
                    - {name: e3, kind: esme, smsc: hlr}
                  """))
          .containsExactly(
              "net.yaml:8:47: node 'smsc' has two accounts with system_id 'e1'",
              "net.yaml:10:5: esme 'e1' binds as 'e1' with a password other than the one of its"
                  + " account at smsc 'smsc' (line 8)",
              "net.yaml:11:5: esme 'e2' binds as 'e2' but smsc 'smsc' has no account with that"
                  + " system_id",
              "net.yaml:12:5: esme 'e3' binds to 'hlr', an hlr, not an smsc");
    }

    @Test
    void two_servers_on_one_address_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: {peer: smsc, local: 2775}}
                    - {name: hlr, kind: hlr, point_code: 3, global_titles: "2", peers: stp}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1"}
                  """))
          .containsExactly(
              "net.yaml:4:5: the SMPP server of node 'smsc' listens on 127.0.0.1:2775, as does link"
                  + " 'stp-smsc' of node 'stp'");
    }

    @Test
    void smsc_servers_on_ephemeral_ports_do_not_clash() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: {peer: smsc, local: 0}}
                    - {name: hlr, kind: hlr, point_code: 4, global_titles: "3", peers: stp}
                    - {name: smsc, kind: smsc, point_code: 2, global_titles: "1", smpp_port: 0}
                    - {name: smsc2, kind: smsc, point_code: 3, global_titles: "2", peers: stp,
                       smpp_port: 0}
                  """))
          .isEmpty();
    }

    @Test
    void a_gateway_msc_without_ssn_8_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, gtt: [{prefix: "4", to: hlr, ssn: 6}]}
                    - {name: a, kind: ssp, point_code: 2, peers: stp, mobile_prefixes: ["447"]}
                    - {name: hlr, kind: hlr, point_code: 3, peers: stp, global_titles: "4470",
                       subscribers: [{msisdn: "4471", imsi: "001010000000001"}]}
                  """))
          .contains(
              "net.yaml:3:5: node 'a' has mobile_prefixes but no SSN 8 (ssns): its"
                  + " SendRoutingInfo to the HLR needs MAP on SSN 8");
    }

    @Test
    void a_gateway_msc_with_ssn_8_is_accepted_and_its_prefixes_read() {
      Network net =
          ConfigLoader.parseNetwork(
              "net.yaml",
              """
              nodes:
                - {name: stp, kind: stp, point_code: 1}
                - {name: a, kind: ssp, point_code: 2, peers: stp, ssns: [241, 8],
                   mobile_prefixes: ["447", "448"]}
                - {name: hlr, kind: hlr, point_code: 3, peers: stp, ussd_reply: "Balance 0"}
              """);
      KindData.SspData a = net.node("a").orElseThrow().data(KindData.SspData.class);
      assertThat(a.mobilePrefixes()).containsExactly("447", "448");
      assertThat(a.isMobile("4471234")).isTrue();
      assertThat(a.isMobile("4491234")).isFalse();
      assertThat(net.node("hlr").orElseThrow().data(KindData.HlrData.class).ussdReply())
          .isEqualTo("Balance 0");
      assertThat(NetworkValidator.validate(net).stream().map(Problem::message))
          .noneMatch(m -> m.contains("mobile_prefixes"));
    }
  }
}
