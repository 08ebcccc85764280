package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;

/**
 * Every file of {@code examples/} is run: each network starts with all its links active and stops
 * clean; each scenario runs on its network in full through {@code ss7sim run --virtual-time} (an
 * example's minutes of timers in seconds), and its own expectations decide: exit 0, every
 * expectation met, nothing leaked. SMSCs run on ephemeral SMPP ports here, and so do the M3UA
 * listeners of networks with external nodes (which are never started: their links stay down,
 * waiting for the outside equipment). A scenario whose network has external nodes needs that
 * equipment and is skipped here: {@code CrossProcessTest} runs it against ss7sim in another
 * process.
 */
class ExamplesRunTest {
  @TempDir Path dir;

  static Path examples() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
  }

  static Stream<Path> files(boolean scenarios) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.list(examples())) {
      // -Dss7sim.examples=stp-loss,hlr-outage: only files whose names contain one of these
      List<String> only =
          List.of(System.getProperty("ss7sim.examples", "").split(",")).stream()
              .filter(x -> !x.isBlank())
              .toList();
      all =
          s.filter(p -> p.toString().endsWith(".yaml"))
              .filter(
                  p ->
                      only.isEmpty()
                          || only.stream().anyMatch(o -> p.getFileName().toString().contains(o)))
              .sorted()
              .toList();
    }
    return all.stream()
        .filter(
            p -> {
              try {
                return scenarios
                    == Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("traffic:"));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  /**
   * A copy of a network file whose SMSCs take ephemeral SMPP ports ({@code smpp_port: 0}), so test
   * runs do not collide with each other or with anything holding 2775.
   */
  Path ephemeralSmpp(Path network) throws IOException {
    String yaml = Files.readString(network).replaceAll("smpp_port: \\d+", "smpp_port: 0");
    // the fixed SIP ports of a sipgw (examples/sip-gateway.yaml): ephemeral here (bound by it)
    yaml = yaml.replace("127.0.0.1:5060", "127.0.0.1:0");
    if (yaml.contains("external: true")) {
      // the fixed M3UA ports of a network with external peers (2905, ...): ephemeral here
      yaml = yaml.replaceAll("(?m)^(\\s+(?:local|remote): [0-9.]+):\\d+", "$1:0");
    }
    return Files.writeString(dir.resolve(network.getFileName()), yaml);
  }

  static Stream<Path> networks() throws IOException {
    return files(false);
  }

  static Stream<Path> scenarios() throws IOException {
    return files(true);
  }

  @ParameterizedTest
  @MethodSource("networks")
  void network_starts_with_every_link_active_and_stops_clean(Path file) throws Exception {
    Network n = ConfigLoader.loadNetwork(ephemeralSmpp(file));
    NodeKinds kinds = new NodeKinds(n, true, dir);
    try (SimNetwork net = SimNetwork.start(n, Set.of(), null, kinds::logicFor)) {
      assertThat(net.linksNotActive()).isEmpty();
      assertThat(net.awaitNoLeaks(Duration.ofSeconds(2))).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_runs_on_its_network(Path file) throws Exception {
    String networkName =
        Files.readAllLines(file).stream()
            .filter(l -> l.startsWith("network:"))
            .map(l -> l.substring("network:".length()).trim())
            .findFirst()
            .orElse("demo-network.yaml");
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.readString(file.resolveSibling(networkName)).contains("external: true"),
        "its network has external nodes: run against ss7sim in another process by"
            + " CrossProcessTest");
    Path json = dir.resolve("results.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // a sipgw runs on wall-clock time (its SIP stack's timers): its scenarios run in real time
    boolean sip = Files.readString(file.resolveSibling(networkName)).contains("kind: sipgw");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                ephemeralSmpp(file.resolveSibling(networkName)).toString(),
                file.toString(),
                "--json",
                json.toString(),
                "--store-dir",
                dir.toString()));
    if (!sip) {
      args.add("--virtual-time");
    }
    int code =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertThat(out.toString()).doesNotContain("LEAK:", "NOT MET:");
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("ok").asBoolean()).isTrue();
    for (JsonNode s : root.get("scenarios")) {
      assertThat(s.get("failed").has("not_supported")).as(s.toString()).isFalse();
      assertThat(s.get("failed").has("timeout")).as(s.toString()).isFalse();
    }
  }
}
