package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;

/** External nodes and the SIGTRAN peering keys of links (issue 13): reading, defaults, checks. */
class ExternalNodesTest {
  static Network parse(String yaml) {
    return ConfigLoader.parseNetwork("net.yaml", yaml);
  }

  static List<String> problems(String yaml) {
    return NetworkValidatorTest.problems(yaml);
  }

  @Nested
  class SutAspExample {
    private final Network net =
        ConfigLoader.loadNetwork(
            Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/sut-asp.yaml"));

    @Test
    void validates_clean() {
      assertThat(NetworkValidator.validate(net)).isEmpty();
    }

    @Test
    void the_stp_listens_on_2905_over_tcp_for_one_external_asp_with_rc_100_override()
        throws Exception {
      Node stp = net.node("stp").orElseThrow();
      Link sut = stp.link("sut").orElseThrow();
      assertThat(sut.peer()).isEqualTo("sut");
      assertThat(sut.transport()).isEqualTo(TransportKind.TCP);
      assertThat(sut.role()).isEqualTo(LinkRole.SGP);
      assertThat(sut.listens()).isTrue();
      assertThat(sut.local()).isEqualTo(new Endpoint("127.0.0.1", 2905));
      assertThat(sut.routingContexts()).containsExactly(100L);
      assertThat(sut.trafficMode()).isEqualTo(TrafficMode.OVERRIDE);
      assertThat(sut.peering().allowedPeerAddresses())
          .containsExactly(InetAddress.getByName("127.0.0.1"));
      Node ext = net.node("sut").orElseThrow();
      assertThat(ext.external()).isTrue();
      assertThat(ext.kind()).isEqualTo(NodeKind.ENDPOINT);
      assertThat(ext.pointCode()).contains(PointCode.itu(101));
      Link back = ext.links().get(0);
      assertThat(back.role()).isEqualTo(LinkRole.ASP);
      assertThat(back.listens()).isFalse();
      assertThat(back.remote()).isEqualTo(new Endpoint("127.0.0.1", 2905));
      assertThat(back.trafficMode()).isEqualTo(TrafficMode.OVERRIDE);
    }

    @Test
    void another_asp_link_of_the_stp_has_rc_200_on_another_port_and_the_hlr_is_at_202_ssn_6() {
      Link hlr = net.node("stp").orElseThrow().link("hlr").orElseThrow();
      assertThat(hlr.routingContexts()).containsExactly(200L);
      assertThat(hlr.listens()).isTrue();
      assertThat(hlr.local().port()).isNotEqualTo(2905);
      Node h = net.node("hlr").orElseThrow();
      assertThat(h.simulated()).isTrue();
      assertThat(h.pointCode()).contains(PointCode.itu(202));
      assertThat(h.ssns()).containsExactly(new Ssn(6));
      assertThat(h.links().get(0).role()).isEqualTo(LinkRole.ASP);
    }
  }

  @Nested
  class Reading {
    @Test
    void every_peering_key_is_read_at_both_ends() {
      Network n =
          parse(
              """
              nodes:
                - name: sg
                  kind: stp
                  external: true
                  point_code: 1
                  host: 10.0.0.1
                - name: msc
                  kind: msc
                  point_code: 2
                  global_titles: "4470"
                  links:
                    - peer: sg
                      transport: sctp
                      role: asp
                      local: [10.0.1.1, 10.0.2.1]
                      remote: ["10.0.0.1:2905", 10.0.0.2]
                      routing_context: [7, 8]
                      traffic_mode: broadcast
                      network_appearance: 3
                      asp_id: 42
              """);
      Link l = n.node("msc").orElseThrow().links().get(0);
      assertThat(l.peering().localHosts()).containsExactly("10.0.1.1", "10.0.2.1");
      assertThat(l.peering().remoteHosts()).containsExactly("10.0.0.1", "10.0.0.2");
      assertThat(l.remote()).isEqualTo(new Endpoint("10.0.0.1", 2905));
      assertThat(l.routingContext()).isEqualTo(7);
      assertThat(l.routingContexts()).containsExactly(7L, 8L);
      assertThat(l.trafficMode()).isEqualTo(TrafficMode.BROADCAST);
      assertThat(l.peering().networkAppearance()).isEqualTo(OptionalLong.of(3));
      assertThat(l.peering().aspIdentifier()).isEqualTo(OptionalLong.of(42));
      assertThat(l.peering().allowedPeers()).isEmpty();
      Link m = n.node("sg").orElseThrow().links().get(0);
      assertThat(m.role()).isEqualTo(LinkRole.SGP);
      assertThat(m.listens()).isTrue();
      assertThat(m.peering().localHosts()).containsExactly("10.0.0.1", "10.0.0.2");
      assertThat(m.routingContexts()).containsExactly(7L, 8L);
      assertThat(m.trafficMode()).isEqualTo(TrafficMode.BROADCAST);
      assertThat(m.peering().aspIdentifier()).isEmpty();
      assertThat(m.peering().allowedPeers()).containsExactly("10.0.1.1", "10.0.2.1");
      assertThat(n.node("sg").orElseThrow().external()).isTrue();
      assertThat(n.node("msc").orElseThrow().external()).isFalse();
    }

    @Test
    void a_simple_link_gets_short_defaults() {
      Network n =
          parse(
              """
              nodes:
                - {name: stp, kind: stp, point_code: 1}
                - {name: a, kind: ssp, point_code: 2, peers: stp}
              """);
      Link l = n.node("stp").orElseThrow().links().get(0);
      assertThat(l.trafficMode()).isEqualTo(TrafficMode.LOADSHARE);
      assertThat(l.routingContexts()).containsExactly(2L);
      assertThat(l.peering().networkAppearance()).isEmpty();
      assertThat(l.peering().doubleExchange()).isFalse();
      assertThat(l.peering().allowedPeers()).containsExactly("127.0.0.1");
      assertThat(n.node("a").orElseThrow().links().get(0).peering().allowedPeers()).isEmpty();
    }

    @Test
    void ipsp_de_and_allowed_peers_any() {
      Network n =
          parse(
              """
              nodes:
                - name: a
                  kind: scp
                  point_code: 1
                  links: [{peer: b, role: ipsp-de, listen: true, allowed_peers: any}]
                - {name: b, kind: ssp, point_code: 2}
              """);
      Link a = n.node("a").orElseThrow().links().get(0);
      assertThat(a.role()).isEqualTo(LinkRole.IPSP);
      assertThat(a.peering().doubleExchange()).isTrue();
      assertThat(a.peering().allowedPeers()).isEmpty();
      assertThat(n.node("b").orElseThrow().links().get(0).peering().doubleExchange()).isTrue();
    }

    @Test
    void an_unknown_traffic_mode_is_one_line_with_a_suggestion() {
      assertThatThrownBy(
              () ->
                  parse(
                      """
                      nodes:
                        - {name: stp, kind: stp, point_code: 1, links: [{peer: a, traffic_mode: overide}]}
                        - {name: a, kind: ssp, point_code: 2}
                      """))
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              "net.yaml:2:75: traffic_mode: expected one of override, loadshare, broadcast, found"
                  + " 'overide' (did you mean 'override'?)");
    }

    @Test
    void an_allowed_peer_that_is_not_an_address_is_one_line() {
      assertThatThrownBy(
              () ->
                  parse(
                      """
                      nodes:
                        - {name: stp, kind: stp, point_code: 1, links: [{peer: a, allowed_peers: [127.0.0.1, 300.1.1.1]}]}
                        - {name: a, kind: ssp, point_code: 2}
                      """))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(
              "allowed_peers: expected IP addresses (like 127.0.0.1 or ::1) or 'any', found"
                  + " '300.1.1.1'");
    }

    @Test
    void an_unknown_role_gets_a_suggestion() {
      assertThatThrownBy(
              () ->
                  parse(
                      """
                      nodes:
                        - {name: stp, kind: stp, point_code: 1, links: [{peer: a, role: ipsp-dd}]}
                        - {name: a, kind: ssp, point_code: 2}
                      """))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("role: expected one of asp, sgp, ipsp, ipsp-se, ipsp-de")
          .hasMessageContaining("(did you mean 'ipsp-de'?)");
    }
  }

  @Nested
  class Validation {
    @Test
    void routing_contexts_must_be_unique_per_node() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, routing_context: 5}, {peer: b, routing_context: 5}]}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: b, kind: ssp, point_code: 3}
                  """))
          .containsExactly(
              "net.yaml:2:82: link 'stp-b' of node 'stp' (to 'b') has routing context 5, which"
                  + " link 'stp-a' (to 'a') of the same node already has: routing contexts must be"
                  + " unique per node (links to one peer may share one)");
    }

    @Test
    void links_to_external_nodes_are_checked_like_the_others_rc_and_listener() {
      // sut-asp.yaml's STP with a second external ASP written on the first one's port and RC
      assertThat(
              problems(
                  """
                  nodes:
                    - name: stp
                      kind: stp
                      point_code: 200
                      links:
                        - {name: sut, peer: sut, role: sgp, listen: true, local: "127.0.0.1:2905", routing_context: 100}
                        - {name: sut2, peer: sut2, role: sgp, listen: true, local: "127.0.0.1:2905", routing_context: 100}
                    - {name: sut, kind: endpoint, external: true, point_code: 101}
                    - {name: sut2, kind: endpoint, external: true, point_code: 102}
                  """))
          .containsExactlyInAnyOrder(
              "net.yaml:7:9: link 'sut2' of node 'stp' (to 'sut2') has routing context 100, which"
                  + " link 'sut' (to 'sut') of the same node already has: routing contexts must be"
                  + " unique per node (links to one peer may share one)",
              "net.yaml:7:9: link 'sut2' of node 'stp' listens on 127.0.0.1:2905, as does link"
                  + " 'sut' of node 'stp'");
    }

    @Test
    void listeners_on_port_0_each_get_a_port_of_their_own() {
      assertThat(
              problems(
                  """
                  nodes:
                    - name: stp
                      kind: stp
                      point_code: 200
                      links:
                        - {name: sut, peer: sut, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 100}
                        - {name: sut2, peer: sut2, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 101}
                    - {name: sut, kind: endpoint, external: true, point_code: 101}
                    - {name: sut2, kind: endpoint, external: true, point_code: 102}
                  """))
          .isEmpty();
    }

    @Test
    void two_links_to_one_peer_may_share_an_rc_but_not_with_different_traffic_modes() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, routing_context: 5, traffic_mode: override}, {peer: a, routing_context: 5}]}
                    - {name: a, kind: ssp, point_code: 2}
                  """))
          .containsExactly(
              "net.yaml:2:106: link 'stp-a-2' of node 'stp' has traffic mode loadshare for routing"
                  + " context 5 but link 'stp-a' has override: one AS has one traffic mode");
    }

    @Test
    void several_addresses_need_sctp() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, local: [127.0.0.1, 127.0.0.2]}]}
                    - {name: a, kind: ssp, point_code: 2}
                  """))
          .containsExactly(
              "net.yaml:2:51: link 'stp-a' of node 'stp' has several addresses (127.0.0.1,"
                  + " 127.0.0.2) but uses tcp: only sctp is multi-homed");
    }

    @Test
    void a_multi_homed_listener_conflicts_on_each_of_its_addresses() {
      assertThat(
              problems(
                  """
                  defaults: {transport: sctp}
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, local: ["127.0.0.1:3000", 127.0.0.2]}, {peer: b, local: "127.0.0.2:3000"}]}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: b, kind: ssp, point_code: 3}
                  """))
          .containsExactly(
              "net.yaml:3:100: link 'stp-b' of node 'stp' listens on 127.0.0.2:3000, as does link"
                  + " 'stp-a' of node 'stp'");
    }

    @Test
    void a_wildcard_listener_conflicts_with_any_address_on_its_port() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, local: "127.0.0.1:3000"}, {peer: b, local: "0.0.0.0:3000", allowed_peers: any}]}
                    - {name: a, kind: ssp, point_code: 2}
                    - {name: b, kind: ssp, point_code: 3}
                  """))
          .containsExactly(
              "net.yaml:2:87: link 'stp-b' of node 'stp' listens on every address at port 3000, as"
                  + " does link 'stp-a' of node 'stp' on 127.0.0.1:3000");
    }

    @Test
    void allowed_peers_that_exclude_the_simulated_peer_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, allowed_peers: 10.1.1.1}]}
                    - {name: a, kind: ssp, point_code: 2}
                  """))
          .containsExactly(
              "net.yaml:2:51: link 'stp-a' of node 'stp' admits only 10.1.1.1 (allowed_peers) but"
                  + " its peer 'a' connects from 127.0.0.1: the link would never come up");
    }

    @Test
    void allowed_peers_on_a_connecting_end_or_injvm_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, transport: injvm, allowed_peers: 127.0.0.1}]}
                    - {name: a, kind: ssp, point_code: 2, links: [{peer: b, allowed_peers: 127.0.0.1}]}
                    - {name: b, kind: stp, point_code: 3}
                  """))
          .containsExactly(
              "net.yaml:2:51: link 'stp-a' of node 'stp' is injvm, whose peers have no address:"
                  + " allowed_peers would refuse every peer",
              "net.yaml:3:49: link 'a-b' of node 'a' connects, so allowed_peers has no effect:"
                  + " only the listening end admits peers");
    }

    @Test
    void ends_that_disagree_on_traffic_mode_and_network_appearance_are_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, traffic_mode: override, network_appearance: 1}]}
                    - {name: a, kind: ssp, point_code: 2, links: [{peer: stp, traffic_mode: loadshare, network_appearance: 2}]}
                  """))
          .containsExactlyInAnyOrder(
              "net.yaml:2:51: link 'stp-a' of node 'stp' has traffic mode override but its other"
                  + " end 'a-stp' at node 'a' has loadshare",
              "net.yaml:2:51: link 'stp-a' of node 'stp' has network appearance 1 but its other"
                  + " end 'a-stp' at node 'a' has 2");
    }

    @Test
    void an_endpoint_must_be_external_and_an_external_node_must_touch_a_simulated_one() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, peers: [e1]}
                    - {name: e1, kind: endpoint, point_code: 2}
                    - {name: e2, kind: scp, external: true, point_code: 3, peers: e3}
                    - {name: e3, kind: endpoint, external: true, point_code: 4}
                  """))
          .contains(
              "net.yaml:3:5: node 'e1' is an endpoint, which ss7sim does not simulate: write"
                  + " external: true (or give it a simulated kind)",
              "net.yaml:4:5: external node 'e2' is linked to no simulated node, so ss7sim cannot"
                  + " reach it (link it to a simulated node)");
    }

    @Test
    void routes_gtt_and_hlr_data_may_point_at_external_nodes() {
      assertThat(
              problems(
                  """
                  nodes:
                    - name: stp
                      kind: stp
                      point_code: 1
                      peers: [hlr, msc, smsc]
                      gtt:
                        - {prefix: "4470", to: msc, ssn: 8}
                        - {prefix: "4471", to: hlr, ssn: 6}
                    - {name: msc, kind: msc, external: true, point_code: 2, global_titles: "4470"}
                    - name: hlr
                      kind: hlr
                      point_code: 3
                      global_titles: "4471"
                      subscribers: [{imsi: "001010000000001", msisdn: "4471000001", msc: msc}]
                    - {name: smsc, kind: smsc, point_code: 4, global_titles: "4472"}
                  """))
          .isEmpty();
    }

    @Test
    void simulated_smsc_hlr_and_msc_behind_an_external_stp_leave_translation_to_it() {
      // the STP translates by its own rules: validate cannot follow the global titles past it
      assertThat(
              problems(
                  """
                  nodes:
                    - name: smsc
                      kind: smsc
                      point_code: 4
                      global_titles: "4472"
                      links: [{name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:2950", routing_context: 10}]
                    - name: hlr
                      kind: hlr
                      point_code: 3
                      global_titles: "4471"
                      subscribers: [{imsi: "001010000000001", msisdn: "4471000001", msc: msc}]
                      links: [{name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:2951", routing_context: 11}]
                    - name: msc
                      kind: msc
                      point_code: 2
                      global_titles: "4470"
                      links: [{name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:2952", routing_context: 12}]
                    - {name: stp, kind: stp, external: true, point_code: 1}
                  """))
          .isEmpty();
    }

    @Test
    void an_sgp_end_with_an_asp_identifier_is_reported() {
      assertThat(
              problems(
                  """
                  nodes:
                    - {name: stp, kind: stp, point_code: 1, links: [{peer: a, asp_id: 3}]}
                    - {name: a, kind: ssp, point_code: 2}
                  """))
          .containsExactly(
              "net.yaml:2:51: link 'stp-a' of node 'stp' is the sgp end but has asp_id: the ASP"
                  + " end sends its identifier");
    }
  }
}
