package org.ss7sim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  static final String LONG = "[  1.0s]" + " calls-answered 10/20 ok 10 fail 0 |".repeat(9);

  @Test
  void not_on_a_terminal_it_writes_whole_lines_one_per_interval_and_no_carriage_return() {
    StringWriter text = new StringWriter();
    ProgressLine p = ProgressLine.on(new PrintWriter(text));
    for (long ms = 0; ms <= 12_000; ms += 500) {
      p.update(ms * 1_000_000, "t=" + ms);
    }
    p.finish("done");
    assertThat(text.toString()).doesNotContain("\r");
    assertThat(text.toString().lines()).containsExactly("t=0", "t=5000", "t=10000", "done");
  }

  @Test
  void on_a_terminal_it_rewrites_one_line_cut_to_the_width() {
    StringWriter text = new StringWriter();
    PrintWriter terminal = ProgressLine.terminal(new PrintWriter(text), 120);
    assertThat(ProgressLine.isTerminal(terminal)).isTrue();
    ProgressLine p = ProgressLine.on(terminal);
    p.update(0, LONG);
    p.update(500_000_000, "short");
    p.finish("final");
    String out = text.toString();
    assertThat(out).startsWith("\r").endsWith("\n").contains("\rshort ", "\rfinal");
    for (String shown : out.split("[\r\n]")) {
      assertThat(shown.length()).isLessThanOrEqualTo(119);
    }
    assertThat(out.split("\r")[1]).endsWith("…");
  }
}
