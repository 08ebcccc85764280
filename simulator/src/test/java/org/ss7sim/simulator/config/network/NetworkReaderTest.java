package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.wire.Octets;

class NetworkReaderTest {
  static Network parse(String yaml) {
    return ConfigLoader.parseNetwork("net.yaml", yaml);
  }

  static void fails(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Nested
  class UnknownKeys {
    @Test
    void an_unknown_key_names_its_place_and_the_nearest_valid_key() {
      fails(
          """
          nodes:
            - name: a
              kind: ssp
              pont_code: 1
          """,
          "net.yaml:4:5: unknown key 'pont_code' in node 'a' (did you mean 'point_code'?)");
    }

    @Test
    void a_swapped_letter_is_still_recognised() {
      fails(
          """
          nodes:
            - {name: stp, kind: stp, point_code: 1, gtt: [{perfix: "44", to: stp}]}
          """,
          "net.yaml:2:50: unknown key 'perfix' in gtt rule (did you mean 'prefix'?)");
    }

    @Test
    void a_key_of_another_node_kind_says_which_kinds_have_it() {
      fails(
          """
          nodes:
            - name: a
              kind: ssp
              point_code: 1
              subscribers: []
          """,
          "net.yaml:5:5: unknown key 'subscribers' in node 'a' ('subscribers' is a key of hlr"
              + " nodes, this node is ssp)");
    }

    @Test
    void an_esme_has_no_signaling_point_keys() {
      fails(
          """
          nodes:
            - {name: e, kind: esme, smsc: s, point_code: 1}
          """,
          "net.yaml:2:36: unknown key 'point_code' in node 'e' (an esme is an SMPP client, not a"
              + " signaling point; it has no point_code)");
    }

    @Test
    void a_key_far_from_every_valid_one_lists_the_valid_keys() {
      fails(
          """
          nodes: []
          zzz: 1
          """,
          "net.yaml:2:1: unknown key 'zzz' in the network file (valid keys: name, defaults,"
              + " nodes, home_gt_prefixes, home_imsi_prefixes)");
    }

    @Test
    void a_misspelt_kind_gets_a_suggestion() {
      fails(
          """
          nodes:
            - {name: a, kind: spp, point_code: 1}
          """,
          "net.yaml:2:21: kind: expected one of ssp, stp, scp, hlr, msc, smsc, esme, endpoint, attacker,"
              + " found 'spp'"
              + " (did you mean 'ssp'?)");
    }
  }

  @Nested
  class TypeErrors {
    @Test
    void a_bad_point_code_says_what_is_expected() {
      fails(
          """
          nodes:
            - {name: a, kind: ssp, point_code: 8-1-1}
          """,
          "net.yaml:2:38: point_code: expected a point code (an integer 0-16383, zone-area-point"
              + " like 2-100-1, or ansi:n-c-m), found '8-1-1'");
    }

    @Test
    void a_map_where_a_list_item_value_belongs_is_reported() {
      fails(
          """
          nodes:
            - {name: a, kind: ssp, point_code: 1, ssns: {a: 1}}
          """,
          "net.yaml:2:47: ssns: expected an integer from 2 to 255, found a map");
    }

    @Test
    void a_missing_required_key_names_the_map() {
      fails(
          """
          nodes:
            - {name: a, kind: ssp}
          """,
          "net.yaml:2:5: node 'a' needs key 'point_code'");
    }

    @Test
    void nodes_must_be_a_list() {
      fails("nodes: {a: 1}\n", "net.yaml:1:8: nodes: expected a list of nodes, found a map");
    }

    @Test
    void a_bad_cic_range_is_reported() {
      fails(
          """
          nodes:
            - {name: a, kind: ssp, point_code: 1, trunks: {to: b, cics: 31-1}}
          """,
          "net.yaml:2:63: cics: expected CICs like 1-31 or 1-15, 17-31 (each 0 to 4095, first <="
              + " last), found '31-1'");
    }

    @Test
    void a_ki_of_the_wrong_length_is_reported() {
      fails(
          """
          nodes:
            - {name: h, kind: hlr, point_code: 1, subscribers: {msisdn: "1", imsi: "001010000000001", ki: "00ff"}}
          """,
          "net.yaml:2:97: ki: expected 16 octets as 32 hex digits, found '00ff'");
    }

    @Test
    void a_subscriber_block_may_not_run_past_its_digits() {
      fails(
          """
          nodes:
            - name: h
              kind: hlr
              point_code: 1
              subscribers: {msisdn: "9999999990", imsi: "001010000000000", count: 20}
          """,
          "net.yaml:5:73: count: 20 subscribers from msisdn 9999999990 run past 10 digits");
    }

    @Test
    void a_translation_needs_exactly_one_action() {
      fails(
          """
          nodes:
            - {name: s, kind: scp, point_code: 1, translations: {prefix: "0800", routing_number: "1", release_cause: 31}}
          """,
          "net.yaml:2:93: translation: give only one of routing_number, release_cause, split"
              + " (found 'routing_number' and 'release_cause')");
    }

    @Test
    void invalid_yaml_names_the_place() {
      assertThatThrownBy(() -> parse("nodes:\n  - {name: a\n"))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("net.yaml:3:1: not valid YAML: ");
    }

    @Test
    void a_duplicate_key_is_reported_with_the_first_place() {
      fails(
          """
          nodes:
            - name: a
              kind: ssp
              name: b
          """,
          "net.yaml:4:5: duplicate key 'name' (first at line 2)");
    }

    @Test
    void a_missing_file_is_one_line() {
      assertThatThrownBy(() -> ConfigLoader.loadNetwork(java.nio.file.Path.of("no/such.yaml")))
          .isInstanceOf(ConfigException.class)
          .hasMessage("no/such.yaml:1:1: no such file");
    }
  }

  @Nested
  class Defaults {
    final Network net =
        parse(
            """
            nodes:
              - {name: stp, kind: stp, point_code: 1, gtt: [{prefix: "1", to: hlr}, {prefix: "2", to: stp2}]}
              - {name: stp2, kind: stp, point_code: 5, peers: stp}
              - {name: a, kind: ssp, point_code: 2-100-1, peers: stp, trunks: {to: b, cics: 1-31}}
              - {name: b, kind: ssp, point_code: 3, peers: stp}
              - {name: hlr, kind: hlr, point_code: 4, peers: stp, subscribers: {msisdn: "1", imsi: "001010000000001"}}
              - {name: msc, kind: msc, point_code: 6, peers: stp}
              - {name: smsc, kind: smsc, point_code: 7, peers: stp}
              - {name: e, kind: esme}
            """);

    Node node(String name) {
      return net.node(name).orElseThrow();
    }

    @Test
    void the_network_is_named_after_the_file() {
      assertThat(net.name()).isEqualTo("net");
    }

    @Test
    void point_codes_are_read_in_both_forms_and_ni_defaults_to_international() {
      assertThat(node("a").pointCode()).contains(PointCode.itu(2 << 11 | 100 << 3 | 1));
      assertThat(node("b").pointCode()).contains(PointCode.itu(3));
      assertThat(node("a").networkIndicator()).isEqualTo(NetworkIndicator.INTERNATIONAL);
    }

    @Test
    void ssns_default_by_kind() {
      assertThat(node("hlr").ssns()).containsExactly(Ssn.HLR);
      assertThat(node("msc").ssns()).containsExactly(Ssn.MSC, Ssn.VLR);
      assertThat(node("a").ssns()).containsExactly(Ssn.INAP);
      assertThat(node("stp").ssns()).isEmpty();
    }

    @Test
    void a_peer_gives_both_ends_an_asp_sgp_link_over_tcp_with_the_next_port() {
      Link asp = node("a").links().get(0);
      Link sgp = node("stp").linksTo("a").get(0);
      assertThat(asp)
          .isEqualTo(
              new Link(
                  "a-stp",
                  "stp",
                  TransportKind.TCP,
                  LinkRole.ASP,
                  false,
                  new Endpoint("127.0.0.1", 0),
                  new Endpoint("127.0.0.1", 2906),
                  2 << 11 | 100 << 3 | 1,
                  Optional.of("stp-a"),
                  false,
                  false,
                  asp.location()));
      assertThat(sgp)
          .isEqualTo(
              new Link(
                  "stp-a",
                  "a",
                  TransportKind.TCP,
                  LinkRole.SGP,
                  true,
                  new Endpoint("127.0.0.1", 2906),
                  new Endpoint("127.0.0.1", 0),
                  2 << 11 | 100 << 3 | 1,
                  Optional.of("a-stp"),
                  true,
                  false,
                  asp.location(),
                  new Peering(
                      List.of("127.0.0.1"),
                      List.of("127.0.0.1"),
                      List.of((long) (2 << 11 | 100 << 3 | 1)),
                      TrafficMode.LOADSHARE,
                      java.util.OptionalLong.empty(),
                      java.util.OptionalLong.empty(),
                      false,
                      // The listening end admits the other end's address by default.
                      List.of("127.0.0.1"))));
    }

    @Test
    void stps_link_to_each_other_as_ipsps_and_the_first_written_listens() {
      Link second = node("stp2").links().get(0);
      Link first = node("stp").linksTo("stp2").get(0);
      assertThat(second.role()).isEqualTo(LinkRole.IPSP);
      assertThat(second.listens()).isTrue();
      assertThat(first.role()).isEqualTo(LinkRole.IPSP);
      assertThat(first.listens()).isFalse();
      assertThat(first.remote()).isEqualTo(second.local());
    }

    @Test
    void routes_are_implicit_from_the_topology() {
      Route toB = node("a").routeTo(PointCode.itu(3)).orElseThrow();
      assertThat(toB.implicit()).isTrue();
      assertThat(toB.primary()).containsExactly("stp");
      Route toA = node("stp").routeTo(node("a").pointCode().orElseThrow()).orElseThrow();
      assertThat(toA.primary()).containsExactly("a");
      assertThat(toA.alternates()).isEmpty(); // stp2 has no link to a
    }

    @Test
    void gtt_rules_route_on_ssn_to_end_nodes_and_on_gt_to_stps() {
      List<GttRule> rules = node("stp").data(KindData.StpData.class).gttRules();
      assertThat(rules.get(0).routeOn()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
      assertThat(rules.get(1).routeOn()).isEqualTo(RoutingIndicator.ROUTE_ON_GT);
      assertThat(rules.get(0).translationType()).isEmpty();
      assertThat(rules.get(0).strip()).isZero();
    }

    @Test
    void a_trunk_group_is_mirrored_at_the_other_switch_selecting_from_the_other_end() {
      TrunkGroup ab = node("a").trunkGroups().get(0);
      TrunkGroup ba = node("b").trunkGroups().get(0);
      assertThat(ab.selection()).isEqualTo(CircuitSelection.ASCENDING);
      assertThat(ba)
          .isEqualTo(
              new TrunkGroup(
                  "b-a",
                  "a",
                  List.of(new CicRange(1, 31)),
                  CircuitSelection.DESCENDING,
                  List.of(),
                  true,
                  ab.location()));
    }

    @Test
    void subscribers_get_test_keys_the_only_msc_and_attached_state() {
      Subscriber s = node("hlr").data(KindData.HlrData.class).subscribers().get(0);
      assertThat(s.ki()).isEqualTo(Octets.fromHex("465b5ce8b199b49faa5f0a2ee238a6bc"));
      assertThat(s.opc()).isEqualTo(Octets.fromHex("cd63cb71954a9f4e48a5994e37a02baf"));
      assertThat(s.msc()).contains("msc");
      assertThat(s.state()).isEqualTo(SubscriberState.ATTACHED);
      assertThat(s.count()).isEqualTo(1);
    }

    @Test
    void an_smsc_listens_on_2775_and_gets_an_account_for_each_of_its_esmes() {
      KindData.SmscData smsc = node("smsc").data(KindData.SmscData.class);
      assertThat(smsc.smpp()).isEqualTo(new Endpoint("127.0.0.1", 2775));
      assertThat(smsc.store()).isEqualTo("embedded");
      assertThat(smsc.validity()).isEqualTo(Duration.ofHours(24));
      assertThat(smsc.retrySchedule()).hasSize(4);
      assertThat(smsc.accounts())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.systemId()).isEqualTo("e");
                assertThat(a.password()).isEqualTo("secret");
                assertThat(a.inferred()).isTrue();
              });
      KindData.EsmeData esme = node("e").data(KindData.EsmeData.class);
      assertThat(esme)
          .isEqualTo(
              new KindData.EsmeData(
                  "smsc", "e", "secret", BindType.TRANSCEIVER, 10, Optional.empty()));
    }

    @Test
    void a_global_title_written_as_digits_is_e164_international() {
      Network n =
          parse(
              """
              nodes:
                - {name: h, kind: hlr, point_code: 1, global_titles: ["4471", {digits: "001010", np: 7, tt: 3}]}
              """);
      assertThat(n.nodes().get(0).globalTitles())
          .containsExactly(
              GlobalTitle.e164("4471"),
              new GlobalTitle(
                  org.ss7sim.sccp.GlobalTitleIndicator.TT_NP_ES_NAI, 3, 7, 4, "001010"));
    }
  }

  @Nested
  class Defaults2 {
    @Test
    void the_defaults_section_changes_transport_host_port_and_ni() {
      Network n =
          parse(
              """
              defaults: {ni: national, transport: injvm, host: 127.0.0.5, base_port: 4000}
              nodes:
                - {name: stp, kind: stp, point_code: 1}
                - {name: a, kind: ssp, point_code: 2, peers: stp}
              """);
      Link l = n.node("stp").orElseThrow().links().get(0);
      assertThat(l.transport()).isEqualTo(TransportKind.INJVM);
      assertThat(l.local()).isEqualTo(new Endpoint("127.0.0.5", 4000));
      assertThat(n.node("a").orElseThrow().networkIndicator()).isEqualTo(NetworkIndicator.NATIONAL);
    }

    @Test
    void an_alias_shares_an_anchored_list() {
      Network n =
          parse(
              """
              nodes:
                - {name: s1, kind: stp, point_code: 1, gtt: &g [{prefix: "1", to: s2}]}
                - {name: s2, kind: stp, point_code: 2, peers: s1, gtt: *g}
              """);
      assertThat(n.node("s2").orElseThrow().data(KindData.StpData.class).gttRules())
          .isEqualTo(n.node("s1").orElseThrow().data(KindData.StpData.class).gttRules());
    }
  }
}
