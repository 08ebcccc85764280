package org.ss7sim.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.TestData;

/** DESIGN.md §1: Netty lives in transport only; smpp knows no sibling and starts no thread. */
class LayeringTest {
  private static List<Path> sources() throws IOException {
    Path main = TestData.root().resolve("smpp/src/main/java");
    try (Stream<Path> s = Files.walk(main)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void no_main_source_imports_netty_or_a_sibling_layer_or_starts_threads() throws IOException {
    List<Path> files = sources();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = Files.readString(f);
      assertThat(text)
          .as(f.toString())
          .doesNotContain("import io.netty")
          .doesNotContain("import org.ss7sim.m3ua")
          .doesNotContain("import org.ss7sim.map")
          .doesNotContain("import org.ss7sim.simulator")
          .doesNotContain("new Thread(")
          .doesNotContain("Executors.new");
    }
  }
}
