package org.ss7sim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.network.NetworkKeys;
import org.ss7sim.simulator.config.scenario.ScenarioKeys;

/** Every key the readers accept is documented (as {@code `key`}) in the file reference. */
class DocsTest {
  static String doc(String name) throws IOException {
    return Files.readString(
        Path.of(System.getProperty("ss7sim.root", "..")).resolve("docs").resolve(name));
  }

  static Set<String> undocumented(Set<String> keys, String doc) {
    Set<String> missing = new TreeSet<>();
    for (String k : keys) {
      if (!doc.contains("`" + k + "`")) {
        missing.add(k);
      }
    }
    return missing;
  }

  @Test
  void every_network_file_key_is_documented() throws IOException {
    assertThat(NetworkKeys.all()).hasSizeGreaterThan(50);
    assertThat(undocumented(NetworkKeys.all(), doc("network-file.md"))).isEmpty();
  }

  @Test
  void every_scenario_file_key_is_documented() throws IOException {
    assertThat(ScenarioKeys.all()).hasSizeGreaterThan(30);
    assertThat(undocumented(ScenarioKeys.all(), doc("scenario-file.md"))).isEmpty();
  }
}
