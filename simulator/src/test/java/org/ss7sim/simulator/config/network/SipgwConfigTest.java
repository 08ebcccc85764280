package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;

/** The {@code sipgw} kind of the network file: its keys, defaults and validation. */
class SipgwConfigTest {
  @TempDir Path dir;

  static final String HEAD =
      """
      nodes:
        - {name: stp, kind: stp, point_code: 1-1-1}
        - name: ssp
          kind: ssp
          point_code: 1-2-2
          peers: [stp]
          lines: [{prefix: "9992021"}]
        - name: gw
          kind: sipgw
          point_code: 1-5-1
          peers: [stp]
          trunks: [{to: ssp, cics: 1-30, prefixes: ["999202"]}]
      """;

  static Network net(String sip) {
    return ConfigLoader.parseNetwork("net.yaml", HEAD + sip);
  }

  @Test
  void keys_are_read_with_their_defaults() {
    Network n =
        net(
            """
                sip:
                  listen: {udp: ["127.0.0.1:5062"], tcp: ["5063"]}
                  peers: ["127.0.0.1", "::1"]
                  routes: [{prefix: "4930", to: "127.0.0.1:5070", transport: tcp}]
                  numbers: {country_code: "49", national_prefix: "0", default_nature: unknown}
            """);
    KindData.SipgwData g = n.node("gw").orElseThrow().data(KindData.SipgwData.class);
    assertThat(g.sip().udp()).containsExactly(new Endpoint("127.0.0.1", 5062));
    assertThat(g.sip().tcp()).containsExactly(new Endpoint("127.0.0.1", 5063));
    assertThat(g.sip().peers()).containsExactly("127.0.0.1", "::1");
    assertThat(g.sip().routeFor("493012").orElseThrow().transport()).isEqualTo("tcp");
    assertThat(g.sip().routeFor("4940")).isEmpty();
    assertThat(g.sip().numbers().countryCode()).isEqualTo("49");
    assertThat(g.sip().numbers().defaultNature()).isEqualTo("unknown");
    assertThat(g.trunkGroupFor("9992021000")).isPresent();
    // ssp gets the mirrored group towards the gateway
    assertThat(n.node("ssp").orElseThrow().trunkGroups())
        .extracting(TrunkGroup::remote)
        .containsExactly("gw");
    assertThat(NetworkValidator.validate(n)).isEmpty();
  }

  @Test
  void without_a_sip_map_the_gateway_listens_on_5060_of_its_host() {
    KindData.SipgwData g = net("").node("gw").orElseThrow().data(KindData.SipgwData.class);
    assertThat(g.sip().udp()).containsExactly(new Endpoint("127.0.0.1", 5060));
    assertThat(g.sip().tcp()).containsExactly(new Endpoint("127.0.0.1", 5060));
    assertThat(g.sip().peers()).containsExactly("127.0.0.1");
  }

  @Test
  void each_problem_is_one_line_with_its_place() {
    List<String> p =
        NetworkValidatorTest.problems(
            HEAD
                + """
                    sip:
                      listen: {udp: ["localhost:5062"]}
                      peers: ["sipp.example"]
                      routes:
                        - {prefix: "999202", to: "127.0.0.1:5070"}
                        - {prefix: "999202", to: "example.org:5070"}
                """);
    assertThat(p)
        .containsExactly(
            "net.yaml:14:7: sipgw 'gw': sip listen udp 'localhost' is not an IP address",
            "net.yaml:14:7: sipgw 'gw': sip peer 'sipp.example' is not an IPv4 or IPv6 address",
            "net.yaml:17:11: sipgw 'gw': prefix '999202' is routed both to SIP and to trunk group"
                + " 'gw-ssp'",
            "net.yaml:18:11: sipgw 'gw': prefix '999202' is routed both to SIP and to trunk group"
                + " 'gw-ssp'",
            "net.yaml:18:11: sipgw 'gw': sip route prefix '999202' given twice",
            "net.yaml:18:11: sipgw 'gw': sip route to 'example.org' is not an IPv4 or IPv6 address");
  }

  @Test
  void bad_values_are_refused_where_they_stand() {
    assertThatThrownBy(
            () ->
                net(
                    """
                        sip:
                          routes: [{prefix: "1", to: "127.0.0.1:5070", transport: sctp}]
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("transport: expected udp or tcp, found 'sctp'");
    assertThatThrownBy(() -> net("    sip: {listen: {udp: []}}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sip listen: needs 'udp' or 'tcp' addresses");
    assertThatThrownBy(() -> net("    sip: {numbers: {default_nature: local}}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("default_nature: expected one of");
    assertThatThrownBy(() -> net("    sip: {codec: pcmu}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("codec");
  }

  @Test
  void virtual_time_is_refused_with_one_line_and_exit_2() throws Exception {
    Path f = Files.writeString(dir.resolve("gw.yaml"), HEAD);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            f.toString(),
            "--virtual-time");
    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .contains("gw.yaml:8:5", "--virtual-time", "sipgw node 'gw'", "wall-clock");
  }
}
