package org.ss7sim.simulator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One clock (docs/decisions.md, issue 14): the simulator's main code reads time only through the
 * clock it is given (a node's loop timers, the network's clock), never the system clock and never
 * by sleeping, so that every run can also run in virtual time.
 */
class OneClockTest {
  private static final Pattern WALL_CLOCK =
      Pattern.compile(
          "System\\.nanoTime\\(|System\\.currentTimeMillis\\(|Instant\\.now\\(|Thread\\.sleep\\(");

  @Test
  void simulator_main_code_reads_no_wall_clock() throws IOException {
    Path main =
        Path.of(System.getProperty("ss7sim.root", ".."))
            .resolve("simulator/src/main/java/org/ss7sim/simulator");
    assertThat(main).isDirectory();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            continue;
          }
          if (WALL_CLOCK.matcher(code).find()) {
            found.add(main.relativize(f) + ":" + (i + 1) + ": " + code);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
