package org.ss7sim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioValidator;

/** Every file of {@code examples/} loads and validates without a single problem. */
class ExamplesTest {
  static Path examples() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(examples())) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static boolean isScenario(Path p) throws IOException {
    return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("traffic:"));
  }

  @Test
  void the_examples_directory_holds_networks_and_scenarios() throws IOException {
    List<Path> files = files();
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "demo-network.yaml",
            "two-operators.yaml",
            "tollfree-calls.yaml",
            "sms-flood-absent.yaml",
            "link-failure.yaml");
  }

  @TestFactory
  Stream<DynamicTest> every_example_loads_and_validates_clean() throws IOException {
    return files().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      if (isScenario(p)) {
                        Scenario s = ConfigLoader.loadScenario(p);
                        assertThat(s.network()).as("scenario %s names its network", p).isPresent();
                        Network n = ConfigLoader.loadNetwork(p.resolveSibling(s.network().get()));
                        assertThat(NetworkValidator.validate(n)).isEmpty();
                        assertThat(ScenarioValidator.validate(s, n)).isEmpty();
                        assertThat(s.traffic()).isNotEmpty();
                      } else {
                        Network n = ConfigLoader.loadNetwork(p);
                        assertThat(NetworkValidator.validate(n)).isEmpty();
                        assertThat(n.nodes()).isNotEmpty();
                      }
                    }));
  }

  @Test
  void the_built_in_demo_network_is_the_example_demo_network() throws IOException {
    String example = Files.readString(examples().resolve("demo-network.yaml"));
    try (var in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEMO_NETWORK_RESOURCE)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(example);
    }
    Network demo = ConfigLoader.demoNetwork();
    assertThat(NetworkValidator.validate(demo)).isEmpty();
    assertThat(demo.nodes())
        .extracting(nd -> nd.name())
        .containsExactly("stp-a", "stp-b", "ssp-a", "ssp-b", "scp", "hlr", "msc", "smsc", "esme1");
  }
}
