package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.TestData;

class CommandLineTest {
  /** The outcome of one command-line run. */
  record Run(int exitCode, String out, String err) {
    long errLines() {
      return err.lines().count();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Nested
  class HelpAndVersion {
    @Test
    void help_lists_every_subcommand_of_the_design() {
      Run r = run("--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("demo", "run", "node", "decode", "validate", "route");
    }

    @Test
    void version_names_the_tool_and_the_java_runtime() {
      Run r = run("--version");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).startsWith("ss7sim ").contains("Java ");
    }

    @Test
    void every_subcommand_has_help() {
      for (String sub :
          new String[] {
            "demo", "run", "node", "decode", "validate", "route", "generate", "deploy"
          }) {
        Run r = run(sub, "--help");
        assertThat(r.exitCode()).as(sub).isZero();
        assertThat(r.out()).as(sub).contains("Usage: ss7sim " + sub);
      }
    }
  }

  @Nested
  class BadInput {
    @Test
    void unknown_option_is_one_line_and_exit_2() {
      Run r = run("demo", "--bogus");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("--bogus").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missing_file_is_one_line_and_exit_2() {
      Run r = run("decode", "/no/such/file");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("/no/such/file", "no such file");
    }

    @Test
    void bad_value_is_one_line_and_exit_2() {
      Run r = run("demo", "--calls", "many");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("many");
    }

    @Test
    void negative_count_is_one_line_and_exit_2() {
      Run r = run("demo", "--sms", "-3");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
    }

    @Test
    void unknown_subcommand_is_one_line_and_exit_2() {
      Run r = run("fly");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("fly");
    }

    @Test
    void route_needs_exactly_one_of_gt_and_dpc(@TempDir Path dir) throws Exception {
      Path net = Files.writeString(dir.resolve("n.yaml"), "nodes: []\n");
      Run both = run("route", net.toString(), "--from", "stp1", "--gt", "12", "--dpc", "7");
      assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(both.errLines()).isEqualTo(1);
      Run badPc = run("route", net.toString(), "--from", "stp1", "--dpc", "9-999-9");
      assertThat(badPc.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(badPc.err()).contains("9-999-9");
    }

    @Test
    void bad_duration_is_one_line_and_exit_2(@TempDir Path dir) throws Exception {
      Path net = Files.writeString(dir.resolve("n.yaml"), "nodes: []\n");
      Run r = run("run", net.toString(), "--duration", "soon");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("soon");
    }

    @Test
    void output_into_a_missing_folder_is_bad_input() {
      Run r = run("demo", "--json", "/no/such/folder/out.json");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).contains("/no/such/folder");
    }

    @Test
    void a_file_that_is_neither_capture_nor_hex_is_bad_input(@TempDir Path dir) throws Exception {
      Path junk = Files.writeString(dir.resolve("junk.txt"), "hello, world\n");
      Run r = run("decode", junk.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains("line 1");
    }
  }

  @Nested
  class Decode {
    @Test
    void decodes_each_sctp_data_chunk_of_a_real_capture_as_one_line() {
      Run r = run("decode", TestData.capture("pcapr-lu.pcap").toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out().lines())
          .hasSize(8)
          .allMatch(l -> l.contains("sctp") && l.contains("ppid=3"));
    }

    @Test
    void json_lines_carry_the_frame_layer() {
      Run r = run("decode", "--json", TestData.capture("pcapr-sri-sm.pcap").toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out().lines())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .contains("\"frame\":{\"number\":1")
                      .contains("\"transport\":\"sctp\"")
                      .contains("\"ppid\":3")
                      .contains("\"src\":\"10.220.108.130:5001\""));
    }

    @Test
    void decodes_a_hex_file_one_message_per_line(@TempDir Path dir) throws Exception {
      Path hex =
          Files.writeString(
              dir.resolve("m.hex"),
              "# two messages\n01000301 00000008\n\n0100030400000008 # ASPUP ACK\n");
      Run r = run("decode", hex.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out().lines())
          .containsExactly("#1 line 2 8 octets: M3UA ASPUP", "#2 line 4 8 octets: M3UA ASPUP_ACK");
    }
  }

  @Nested
  class ValidateAndRoute {
    Path demoNetwork() {
      return TestData.root().resolve("examples/demo-network.yaml");
    }

    @Test
    void a_valid_network_says_so_on_stdout_and_exits_0() {
      Run r = run("validate", demoNetwork().toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("network 'demo' with 9 nodes is valid");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void each_problem_is_one_line_naming_its_place_and_the_exit_code_is_2(@TempDir Path dir)
        throws Exception {
      Path net =
          Files.writeString(
              dir.resolve("bad.yaml"),
              """
              nodes:
                - {name: a, kind: stp, point_code: 1-1-1, peers: [b, ghost]}
                - {name: b, kind: stp, point_code: 1-1-1}
              """);
      Run r = run("validate", net.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err().lines())
          .hasSizeGreaterThanOrEqualTo(2)
          .allMatch(l -> l.startsWith(net + ":"))
          .anyMatch(l -> l.contains("ghost"))
          .anyMatch(l -> l.contains("1-1-1"));
    }

    @Test
    void an_unknown_key_is_one_line_with_a_suggestion_and_exit_2(@TempDir Path dir)
        throws Exception {
      Path net = Files.writeString(dir.resolve("typo.yaml"), "nodez: []\n");
      Run r = run("validate", net.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
      assertThat(r.err()).contains(net + ":1:", "nodez", "nodes");
    }

    @Test
    void route_by_global_title_shows_the_matching_gtt_rule_and_the_destination() {
      Run r = run("route", demoNetwork().toString(), "--from", "ssp-a", "--gt", "9990110000001");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .contains(
              "stp-a: gtt rule 1 (line 22",
              "does not match",
              "prefix '99901') matches",
              "arrives at hlr");
    }

    @Test
    void route_to_an_unknown_point_code_says_where_it_fails_and_exits_1() {
      Run r = run("route", demoNetwork().toString(), "--from", "hlr", "--dpc", "7-7-7");
      assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(r.out()).contains("fails: hlr has no route to 7-7-7");
    }

    @Test
    void route_from_an_unknown_node_is_bad_input() {
      Run r = run("route", demoNetwork().toString(), "--from", "nowhere", "--dpc", "1");
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).isEqualTo(1);
    }
  }
}
