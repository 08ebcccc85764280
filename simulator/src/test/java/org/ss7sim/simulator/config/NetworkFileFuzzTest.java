package org.ss7sim.simulator.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;

/**
 * Coverage-guided fuzzing of the network file loader (YAML parse, binding, validation; see
 * docs/network-file.md): any text gives a network (with or without problems) or a {@link
 * ConfigException}; any other exception is a finding. Seeds (examples/ and test networks) and past
 * findings are in {@code NetworkFileFuzzTestInputs/}.
 */
class NetworkFileFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void load(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    try {
      Network network = ConfigLoader.parseNetwork("fuzz.yaml", yaml);
      NetworkValidator.validate(network);
    } catch (ConfigException expected) {
      // the loader's own refusal
    }
  }
}
