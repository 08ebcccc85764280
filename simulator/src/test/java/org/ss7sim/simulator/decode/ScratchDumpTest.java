package org.ss7sim.simulator.decode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.TestData;

class ScratchDumpTest {
  @Test
  void dump() throws Exception {
    StringBuilder sb = new StringBuilder();
    try (var s = Files.list(TestData.capture("pcapr-lu.pcap").getParent())) {
      for (Path p : s.sorted().toList()) {
        sb.append("== ").append(p.getFileName()).append('\n');
        DecodeSummary sum = CaptureDecoder.decode(p, m -> sb.append(m.kind()).append(' ').append(m.text()).append('\n'));
        sb.append("SUMMARY ").append(sum.line()).append('\n');
      }
    }
    Files.writeString(Path.of("/tmp/dec/dump.txt"), sb);
  }
}
