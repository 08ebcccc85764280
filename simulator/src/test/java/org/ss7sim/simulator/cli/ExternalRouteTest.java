package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ss7sim route} to and through external nodes (issue 13). */
class ExternalRouteTest {
  private static String example(String name) {
    return Path.of(System.getProperty("ss7sim.root", ".."))
        .resolve("examples")
        .resolve(name)
        .toString();
  }

  private static String[] route(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "route";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new String[] {String.valueOf(code), out.toString() + err};
  }

  @Test
  void a_node_behind_an_external_stp_is_reached_through_it() {
    String[] r = route(example("external-hlr-msc.yaml"), "--from", "smsc", "--dpc", "1-4-1");
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    assertThat(r[1])
        .contains("smsc: implicit route to 1-4-1 via stp")
        .contains("stp (external) relays to 1-4-1 by its own routing, outside ss7sim (hlr)")
        .contains("arrives at hlr");
  }

  @Test
  void an_external_stp_translates_global_titles_itself() {
    String[] r = route(example("external-hlr-msc.yaml"), "--from", "smsc", "--gt", "9990110000012");
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    assertThat(r[1])
        .contains("stp (external) translates global title 9990110000012 by its own rules");
  }

  @Test
  void live_shows_the_state_of_the_as_your_equipment_serves(@TempDir Path dir) throws Exception {
    // examples/external-hlr.yaml with its listening ports ephemeral; no HLR connects
    Path net =
        Files.writeString(
            dir.resolve("external-hlr.yaml"),
            Files.readString(Path.of(example("external-hlr.yaml")))
                .replaceAll("127\\.0\\.0\\.1:294[56]", "127.0.0.1:0"));
    String[] r = route(net.toString(), "--from", "msc", "--gt", "9990110000000", "--live");
    assertThat(r[0]).as(r[1]).isEqualTo(String.valueOf(ExitCode.FAILED));
    assertThat(r[1])
        .contains(
            "hlr: point code 1-4-1 is this node (external: your equipment)",
            "arrives at hlr", // the configuration alone
            "msc: to 1-1-1 primary link msc-stp to stp (rc 41) ASP ASP-ACTIVE",
            "stp: to 1-4-1 primary AS as-to-hlr to hlr (rc 40) AS-DOWN (no ASP up): unavailable",
            "live: fails: stp: no route to 1-4-1 is available: AS as-to-hlr for hlr is AS-DOWN");
  }

  @Test
  void the_path_to_an_external_node_ends_at_your_equipment() {
    String[] r = route(example("external-smsc.yaml"), "--from", "hlr", "--gt", "999010000003");
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    assertThat(r[1]).contains("smsc: point code 1-6-1 is this node (external: your equipment)");
  }
}
