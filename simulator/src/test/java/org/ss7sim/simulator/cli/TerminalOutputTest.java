package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@code demo} writes to a log and to a terminal: progress lines and ladder widths. */
class TerminalOutputTest {
  record Output(int code, String out, String err) {}

  static Output demo(String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[options.length + 5];
    args[0] = "demo";
    args[1] = "--calls";
    args[2] = "2";
    args[3] = "--sms";
    args[4] = "2";
    System.arraycopy(options, 0, args, 5, options.length);
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Output(code, out.toString(), err.toString());
  }

  @Test
  void into_a_log_progress_is_whole_lines_and_ladders_fit_120_columns() {
    Output o = demo();
    assertThat(o.code()).as(o.out() + o.err()).isEqualTo(ExitCode.OK);
    assertThat(o.err()).doesNotContain("\r").contains("calls-answered");
    assertThat(o.out()).contains("first sms (sms-1)");
    assertThat(o.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
  }

  @Test
  void on_a_terminal_progress_is_rewritten_in_place_within_the_width_and_wide_ladders_on_request() {
    Output o = demo("--progress", "terminal", "--wide");
    assertThat(o.code()).as(o.out() + o.err()).isEqualTo(ExitCode.OK);
    assertThat(o.err()).contains("\r");
    for (String shown : o.err().split("[\r\n]")) {
      assertThat(shown.length()).isLessThanOrEqualTo(120);
    }
    assertThat(o.out().lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(120);
  }
}
