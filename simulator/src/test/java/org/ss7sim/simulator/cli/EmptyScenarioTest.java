package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty scenario file used to run and report "all expectations met" of nothing (issue 15): it is
 * bad input, one line and exit 2, before anything starts.
 */
class EmptyScenarioTest {
  private static Path demoNetwork() {
    return Path.of(System.getProperty("ss7sim.root", ".."))
        .resolve("examples")
        .resolve("demo-network.yaml");
  }

  @Test
  void an_empty_scenario_file_is_one_line_and_exit_2(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    CommandLineTest.Run r =
        CommandLineTest.run("run", demoNetwork().toString(), empty.toString(), "--duration", "1s");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errLines()).isEqualTo(1);
    assertThat(r.err()).contains("empty.yaml:1:1").contains("no traffic");
    assertThat(r.out()).doesNotContain("expectations met");
  }
}
