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
import org.ss7sim.simulator.config.scenario.Expectations;
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

  /**
   * One fault-injection example per failure issue 15 lists, each with its expectations and with
   * checks that prove the fault happened (a scenario whose fault does nothing must fail; {@code
   * ExamplesRunTest} runs them in full).
   */
  @Test
  void every_listed_failure_has_an_example_with_expectations_and_checks() throws IOException {
    for (String f :
        List.of(
            "link-failure.yaml", // link loss, changeover to the other STP (and an SMSC restart)
            "stp-loss.yaml", // an STP of the mated pair crashes
            "hlr-outage.yaml", // the HLR crashes and returns
            "smsc-restart.yaml", // the SMSC crashes under load and returns
            "sms-flood-absent.yaml", // absent subscribers: ReportSM-DeliveryStatus, alerts
            "sms-expired.yaml", // retries exhausted, the HLR lost for good: EXPIRED receipts
            "route-loss-calls.yaml")) { // calls on a lost route: cause 41, circuits idle
      Scenario s = ConfigLoader.loadScenario(examples().resolve(f));
      assertThat(s.traffic()).as(f).allMatch(t -> !t.expect().equals(Expectations.NONE));
      assertThat(s.checks()).as(f).isNotEmpty();
    }
    // no route (no GTT rule), unknown subscriber: UNDELIV receipts with the reason
    assertThat(ConfigLoader.loadScenario(examples().resolve("sms-undeliverable.yaml")).traffic())
        .allMatch(t -> !t.expect().equals(Expectations.NONE));
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
