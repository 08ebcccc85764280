package org.ss7sim.simulator.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioValidator;

/**
 * Coverage-guided fuzzing of the scenario file loader (YAML parse, binding, validation against the
 * demo network; see docs/scenario-file.md): any text gives a scenario (with or without problems) or
 * a {@link ConfigException}; any other exception is a finding. Seeds (examples/) and past findings
 * are in {@code ScenarioFileFuzzTestInputs/}.
 */
class ScenarioFileFuzzTest {
  private static final Network DEMO = ConfigLoader.demoNetwork();

  @FuzzTest(maxDuration = "5m")
  void load(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    try {
      Scenario scenario = ConfigLoader.parseScenario("fuzz.yaml", yaml);
      ScenarioValidator.validate(scenario, DEMO);
    } catch (ConfigException expected) {
      // the loader's own refusal
    }
  }
}
