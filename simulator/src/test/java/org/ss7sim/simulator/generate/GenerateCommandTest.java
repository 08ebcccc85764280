package org.ss7sim.simulator.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioValidator;

/**
 * {@code ss7sim generate}: networks of 50 to 2,000 signalling points go through the real loader and
 * validator (nothing is started), and so does their scenario.
 */
class GenerateCommandTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @ParameterizedTest(name = "{0} signalling points over {6}")
  @CsvSource({
    // points, pairs, switches/pair, hlrs, mscs, smscs, transport, trunks
    "50, 1, 44, 2, 1, 1, tcp, ring",
    "200, 1, 194, 2, 2, 0, injvm, neighbours",
    "500, 2, 240, 8, 4, 4, tcp, ring",
    "2000, 4, 492, 8, 8, 8, injvm, ring"
  })
  void generated_networks_load_and_validate(
      int points,
      int pairs,
      int perPair,
      int hlrs,
      int mscs,
      int smscs,
      String transport,
      String trunks)
      throws Exception {
    Path net = dir.resolve("net" + points + ".yaml");
    String[] r =
        run(
            "generate",
            "--out",
            net.toString(),
            "--stp-pairs",
            "" + pairs,
            "--switches-per-pair",
            "" + perPair,
            "--hlrs",
            "" + hlrs,
            "--mscs",
            "" + mscs,
            "--smscs",
            "" + smscs,
            "--transport",
            transport,
            "--trunks",
            trunks,
            "--base-port",
            "20000");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("with " + points + " signalling points");

    Network network = ConfigLoader.loadNetwork(net);
    List<Problem> problems = NetworkValidator.validate(network);
    assertThat(problems).isEmpty();
    Map<NodeKind, Long> kinds =
        network.nodes().stream().collect(Collectors.groupingBy(Node::kind, Collectors.counting()));
    assertThat(kinds.get(NodeKind.STP)).isEqualTo(2L * pairs);
    assertThat(kinds.get(NodeKind.SSP)).isEqualTo((long) pairs * perPair);
    assertThat(kinds.get(NodeKind.HLR)).isEqualTo((long) hlrs);
    assertThat(network.nodes().stream().filter(n -> n.kind().isSignalingPoint()).count())
        .isEqualTo(points);
    // every switch, HLR, MSC and SMSC is linked to both STPs of one mated pair
    for (Node n : network.nodes()) {
      if (n.kind().isSignalingPoint() && n.kind() != NodeKind.STP) {
        assertThat(n.links()).as(n.name()).hasSize(2);
        String a = n.links().get(0).peer();
        assertThat(n.links().get(1).peer()).isEqualTo(a.substring(0, a.length() - 1) + "b");
      }
    }
    // and every STP to its mate and to both STPs of every other pair
    Node stp = network.node("stp-1a").orElseThrow();
    assertThat(stp.links().stream().filter(l -> l.peer().startsWith("stp-")).count())
        .isEqualTo(1 + 2L * (pairs - 1));

    Path scenarioFile = dir.resolve("net" + points + "-scenario.yaml");
    assertThat(Files.readString(scenarioFile)).contains("network: net" + points + ".yaml");
    Scenario scenario = ConfigLoader.loadScenario(scenarioFile);
    assertThat(ScenarioValidator.validate(scenario, network)).isEmpty();
    assertThat(scenario.traffic()).hasSize(10 + smscs);

    assertThat(run("validate", net.toString())[0]).isEqualTo("0");
  }

  @Test
  void neighbours_trunks_join_each_switch_to_the_next_ones_once() {
    NetworkGenerator g =
        new NetworkGenerator(
            new Shape("n", 1, 5, 1, 1, 1, 1, 31, "tcp", Shape.Topology.NEIGHBOURS, 2, 2905, 2775));
    List<String> edges = g.trunks().stream().map(e -> e[0] + ">" + e[1]).toList();
    assertThat(edges)
        .containsExactly("1>2", "1>3", "2>3", "2>4", "3>4", "3>5", "4>5", "4>1", "5>1", "5>2");
    NetworkGenerator two =
        new NetworkGenerator(
            new Shape("n", 1, 2, 1, 1, 1, 1, 31, "tcp", Shape.Topology.RING, 1, 2905, 2775));
    assertThat(two.trunks().stream().map(e -> e[0] + ">" + e[1]).toList()).containsExactly("1>2");
  }

  @Test
  void bad_parameters_are_one_line_and_exit_2() {
    String[] r =
        run(
            "generate",
            "--out",
            dir.resolve("x.yaml").toString(),
            "--stp-pairs",
            "0",
            "--transport",
            "udp");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip())
        .isEqualTo(
            "generate: stp pairs must be 1-40, not 0; transport must be tcp, injvm or sctp, not 'udp'");
    assertThat(Files.exists(dir.resolve("x.yaml"))).isFalse();
    assertThat(run("generate", "--out", dir.resolve("x.yaml").toString(), "--trunks", "star")[2])
        .contains("--trunks must be ring or neighbours");
  }
}
