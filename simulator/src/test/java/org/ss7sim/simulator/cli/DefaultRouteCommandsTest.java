package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} writes default routes for end nodes unless told {@code --end-node-routes exact};
 * {@code validate} says how many nodes use one, {@code route} names it at the hop that takes it.
 */
class DefaultRouteCommandsTest {
  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private Path generate(String name, String... more) {
    Path net = dir.resolve(name + ".yaml");
    String[] args = {
      "generate",
      "--out",
      net.toString(),
      "--stp-pairs",
      "2",
      "--switches-per-pair",
      "10",
      "--hlrs",
      "2",
      "--mscs",
      "2",
      "--smscs",
      "1",
      "--smpp-port",
      "0"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    String[] r = run(all);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    return net;
  }

  @Test
  void validate_counts_the_nodes_on_a_default_route_and_route_names_it() throws Exception {
    Path net = generate("d");
    assertThat(Files.readString(net)).contains("end_node_routes: default");
    String[] v = run("validate", net.toString());
    assertThat(v[0]).as(v[2]).isEqualTo("0");
    // 20 switches, 2 HLRs, 2 MSCs, 1 SMSC; the 4 STPs keep 28 exact routes each
    assertThat(v[1])
        .contains(
            "routes: 25 end nodes route by a default route (defaults: end_node_routes: default)")
        .contains(" of them at STPs");

    // hlr-01 to ssp-07 (point code 1007): the default route, then the STP's exact route
    String[] r = run("route", net.toString(), "--from", "hlr-01", "--dpc", "1007");
    assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
    assertThat(r[1])
        .containsPattern(
            "hlr-01: implicit default route \\(defaults: end_node_routes: default; .*\\) to ")
        .containsPattern("stp-1.: implicit route to ")
        .contains("arrives at ssp-07");
  }

  @Test
  void calls_and_sms_cross_both_stp_pairs_on_default_routes() {
    Path net = generate("v", "--transport", "injvm");
    String scenario = dir.resolve("v-scenario.yaml").toString();
    String[] r = run("run", net.toString(), scenario, "--virtual-time", "--no-control");
    assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
    // 10 call sources between neighbouring switches and an SMS source per ESME (its SMSC asks an
    // HLR, possibly behind the other pair, then sends to an MSC), every attempt successful
    assertThat(r[1]).contains("all expectations met").contains("sms-esme-01");
  }

  @Test
  void exact_routes_on_request() throws Exception {
    Path net = generate("e", "--end-node-routes", "exact");
    assertThat(Files.readString(net)).doesNotContain("end_node_routes");
    String[] v = run("validate", net.toString());
    assertThat(v[0]).as(v[2]).isEqualTo("0");
    assertThat(v[1]).doesNotContain("default route");
  }

  @Test
  void a_bad_choice_is_one_line_and_exit_2() {
    String[] r =
        run("generate", "--out", dir.resolve("x.yaml").toString(), "--end-node-routes", "some");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip()).contains("--end-node-routes must be default or exact, not 'some'");
    assertThat(r[2].strip().lines()).hasSize(1);
  }
}
