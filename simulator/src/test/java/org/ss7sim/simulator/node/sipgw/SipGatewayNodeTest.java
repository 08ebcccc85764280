package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.testkit.Tshark;

/**
 * examples/sip-gateway.yaml against SIPp (Debian's sip-tester), a real SIP endpoint: SIPp's
 * built-in {@code uac} calls the gateway, whose IAMs cross the STP to the answering lines of ssp-b;
 * and ssp-b's calls to 99930… leave the gateway as INVITEs to SIPp's built-in {@code uas}. The
 * example's fixed SIP ports (5060, 5070) are replaced by free ones (found by binding port 0 first).
 * Under {@code CI=true} a missing sipp fails; elsewhere the test is skipped ("sipp not installed").
 */
public class SipGatewayNodeTest {
  static final Path SIPP = Path.of("/usr/bin/sipp");
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  static final int IAM = 1;
  static final int ACM = 6;
  static final int ANM = 9;
  static final int REL = 12;
  static final int RLC = 16;

  @TempDir Path dir;

  @BeforeEach
  void sippInstalled() {
    if (Files.isExecutable(SIPP)) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("sipp not installed (.ci/run installs Debian's sip-tester)");
    }
    Assumptions.assumeTrue(false, "sipp not installed");
  }

  static Path example() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/sip-gateway.yaml");
  }

  /** A port free for both UDP and TCP on the loopback. */
  public static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
        port = s.getLocalPort();
      }
      try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
        return port;
      } catch (IOException taken) {
        // another
      }
    }
    throw new IOException("no free port on the loopback");
  }

  /** The example with its SIP ports replaced: the gateway's 5060 and the SIP route's 5070. */
  static Network example(Path dir, int gatewayPort, int uasPort) throws Exception {
    String yaml =
        Files.readString(example())
            .replace("127.0.0.1:5060", "127.0.0.1:" + gatewayPort)
            .replace("127.0.0.1:5070", "127.0.0.1:" + uasPort);
    assertThat(yaml).doesNotContain(":5060", ":5070");
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("sip-gateway.yaml"), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    return n;
  }

  record SippResult(int exitCode, Map<String, String> stats, String output) {
    long stat(String column) {
      String v = stats.get(column);
      if (v == null) {
        throw new AssertionError("no column " + column + " in " + stats.keySet() + "\n" + output);
      }
      return Long.parseLong(v.trim());
    }
  }

  static Process sipp(Path dir, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(SIPP.toString()));
    cmd.addAll(args);
    cmd.addAll(
        List.of(
            "-nostdin",
            "-timeout",
            "30s",
            "-timeout_error",
            "-trace_stat",
            "-stf",
            dir.resolve("stat.csv").toString(),
            "-trace_err",
            "-error_file",
            dir.resolve("errors.log").toString()));
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("screen.txt").toFile())
        .start();
  }

  static SippResult finish(Process p, Path dir) throws Exception {
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError("sipp did not stop within 60 s");
    }
    String out = read(dir.resolve("screen.txt")) + read(dir.resolve("errors.log"));
    Map<String, String> m = new HashMap<>();
    Path csv = dir.resolve("stat.csv");
    if (Files.exists(csv)) {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.ISO_8859_1);
      if (lines.size() >= 2) {
        String[] names = lines.get(0).split(";");
        String[] values = lines.get(lines.size() - 1).split(";");
        for (int i = 0; i < names.length && i < values.length; i++) {
          m.put(names[i], values[i]);
        }
      }
    }
    return new SippResult(p.exitValue(), m, out);
  }

  private static String read(Path f) throws IOException {
    return Files.exists(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "";
  }

  /** How many frames of the capture carry each ISUP message type. */
  static Map<Integer, Long> isupCounts(Path pcap) {
    Map<Integer, Long> m = new HashMap<>();
    for (String t : Tshark.field(pcap, List.of("-Y", "isup"), "isup.message_type")) {
      for (String one : t.split(",")) {
        if (!one.isBlank()) {
          m.merge(Integer.decode(one.trim()), 1L, Long::sum);
        }
      }
    }
    return m;
  }

  @Test
  void sipp_uac_calls_cross_the_stp_to_answering_lines_and_are_all_released() throws Exception {
    int gw = freePort();
    int uas = freePort();
    int sippPort = freePort();
    Network n = example(dir, gw, uas);
    DemoNetwork demo = new DemoNetwork(n, dir);
    SipGatewayNode node;
    try {
      node = (SipGatewayNode) demo.net.node("gw").orElseThrow().logic().orElseThrow();
      Process p =
          sipp(
              dir,
              List.of(
                  "127.0.0.1:" + gw,
                  "-i",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(sippPort),
                  "-sn",
                  "uac",
                  "-s",
                  "9992021000",
                  "-m",
                  "10",
                  "-r",
                  "10",
                  "-l",
                  "5"));
      SippResult r = finish(p, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(10);
      assertThat(r.stat("FailedCall(C)")).isZero();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      assertThat(node.sip().counters().snapshot()).containsEntry("invitesReceived", 10L);
      assertThat(node.unexpectedEvents()).isZero();
      assertThat(node.activeCalls()).isZero();
    } finally {
      demo.close();
    }
    Tshark.assumeInstalled();
    // every ISUP message crosses the STP: two frames (gw-stp, stp-ssp-b) per message
    assertThat(isupCounts(demo.pcap))
        .containsEntry(IAM, 20L)
        .containsEntry(ACM, 20L)
        .containsEntry(ANM, 20L)
        .containsEntry(REL, 20L)
        .containsEntry(RLC, 20L);
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
  }

  @Test
  void a_busy_line_gives_sipp_486_and_the_network_rel_17() throws Exception {
    int gw = freePort();
    int sippPort = freePort();
    DemoNetwork demo = new DemoNetwork(example(dir, gw, freePort()), dir);
    try {
      Process p =
          sipp(
              dir,
              List.of(
                  "127.0.0.1:" + gw,
                  "-i",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(sippPort),
                  "-sn",
                  "uac",
                  "-s",
                  "9992022000",
                  "-m",
                  "2",
                  "-r",
                  "2"));
      SippResult r = finish(p, dir);
      // the built-in uac expects 200: both calls fail, on a 486
      assertThat(r.stat("FailedCall(C)")).as(r.output()).isEqualTo(2);
      assertThat(r.stat("SuccessfulCall(C)")).isZero();
      assertThat(r.output()).contains("486");
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
    } finally {
      demo.close();
    }
  }

  @Test
  void a_call_from_the_ssp_to_a_sip_routed_number_reaches_sipp_uas() throws Exception {
    int uas = freePort();
    // SIPp first: it has bound its port long before the network is up (and the gateway
    // retransmits an INVITE over UDP anyway, RFC 3261 Timer A)
    Process p =
        sipp(dir, List.of("-sn", "uas", "-i", "127.0.0.1", "-p", Integer.toString(uas), "-m", "2"));
    DemoNetwork demo = new DemoNetwork(example(dir, freePort(), uas), dir);
    try {
      for (int i = 0; i < 2; i++) {
        Outcome o = demo.call("ssp-b", "to-sip-" + i, "999300000" + i, Duration.ofMillis(300));
        assertThat(o.success()).as(o.toString()).isTrue();
      }
      SippResult r = finish(p, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(2);
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      SipGatewayNode node =
          (SipGatewayNode) demo.net.node("gw").orElseThrow().logic().orElseThrow();
      assertThat(node.sip().counters().snapshot()).containsEntry("invitesSent", 2L);
    } finally {
      p.destroyForcibly();
      demo.close();
    }
  }
}
