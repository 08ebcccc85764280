package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixed M3UA port held by another process: {@code ss7sim node} says so in one line and exits 2
 * (before: {@code internal error: UncheckedIOException …}, exit 1).
 */
class PortInUseTest {
  @TempDir Path dir;

  @Test
  void node_with_its_m3ua_port_taken_gives_one_line_and_exit_2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String yaml;
      try (InputStream in =
          getClass().getResourceAsStream("/networks/split-across-processes.yaml")) {
        yaml =
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("base_port: 23905", "base_port: " + taken.getLocalPort());
      }
      Path file = Files.writeString(dir.resolve("split.yaml"), yaml);
      try (ChildProcess p = new ChildProcess(dir, "node", file.toString(), "--node", "stp")) {
        int code = p.awaitExit(Duration.ofSeconds(60));
        String err = p.stderr().strip();
        assertThat(code).as(p.stdout() + "\n" + err).isEqualTo(2);
        assertThat(err.lines().filter(l -> !l.isBlank())).as(err).hasSize(1);
        assertThat(err).contains("node:").doesNotContain("internal error", "Exception\n\tat");
      }
    }
  }
}
