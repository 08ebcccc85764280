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
  static final int CPG = 44;

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
    Files.createDirectories(dir);
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

  /** A SIPp scenario file of the sip module's tests. */
  static Path sippScenario(String name) {
    return Path.of(System.getProperty("ss7sim.root", ".."))
        .resolve("sip/src/test/resources/sipp")
        .resolve(name);
  }

  /**
   * Each SIP or ISUP frame of the capture as one word: the SIP method, the status with the CSeq
   * method ({@code 200/BYE}), or the ISUP message type ({@code IAM}); a message seen twice in a row
   * (ISUP crossing the STP) once.
   */
  static List<String> ladder(Path pcap, List<String> decodeAs) {
    List<String> options = new ArrayList<>(decodeAs);
    options.addAll(List.of("-Y", "sip || isup"));
    List<String> words = new ArrayList<>();
    for (List<String> f :
        Tshark.fields(
            pcap,
            options,
            "sip.Method",
            "sip.Status-Code",
            "sip.CSeq.method",
            "isup.message_type")) {
      String word;
      if (!f.get(0).isEmpty()) {
        word = f.get(0);
      } else if (!f.get(1).isEmpty()) {
        word = f.get(1) + "/" + f.get(2);
      } else {
        word =
            switch (Integer.decode(f.get(3).split(",")[0].trim())) {
              case IAM -> "IAM";
              case ACM -> "ACM";
              case ANM -> "ANM";
              case REL -> "REL";
              case RLC -> "RLC";
              case CPG -> "CPG";
              default -> "ISUP " + f.get(3);
            };
      }
      if (words.isEmpty() || !words.get(words.size() - 1).equals(word)) {
        words.add(word);
      }
    }
    return words;
  }

  @Test
  void one_capture_shows_the_sip_and_isup_legs_of_a_call_and_the_iam_is_restricted()
      throws Exception {
    Tshark.assumeInstalled();
    int gw = freePort();
    int sippPort = freePort();
    DemoNetwork demo = new DemoNetwork(example(dir, gw, freePort()), dir);
    try {
      // anonymous From, P-Asserted-Identity +4930123456, Privacy: id (RFC 3323, RFC 3325)
      Process p =
          sipp(
              dir,
              List.of(
                  "127.0.0.1:" + gw,
                  "-i",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(sippPort),
                  "-sf",
                  sippScenario("uac_pai.xml").toString(),
                  "-s",
                  "9992021000",
                  "-m",
                  "1"));
      SippResult r = finish(p, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      // the flow of the call names the SIP and the ISUP messages alike
      assertThat(demo.tracer.flowsOfKind("sip")).hasSize(1);
      List<String> labels =
          demo.tracer.flow(demo.tracer.flowsOfKind("sip").get(0)).stream()
              .map(e -> e.label().split(" ")[0])
              .distinct()
              .toList();
      assertThat(labels).contains("INVITE", "IAM", "ACM", "180", "ANM", "200", "ACK", "BYE");
    } finally {
      demo.close();
    }
    List<String> decodeAs =
        List.of("-d", "udp.port==" + gw + ",sip", "-d", "udp.port==" + sippPort + ",sip");
    List<String> ladder = ladder(demo.pcap, decodeAs);
    assertThat(ladder)
        .as("one capture, both legs")
        .containsSubsequence(
            "INVITE", "IAM", "ACM", "180/INVITE", "ANM", "200/INVITE", "ACK", "BYE", "REL", "RLC")
        .containsSubsequence("BYE", "200/BYE");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
    List<String> checksums = new ArrayList<>(decodeAs);
    checksums.addAll(List.of("-o", "udp.check_checksum:TRUE", "-Y", "udp.checksum.status == 0"));
    assertThat(Tshark.field(demo.pcap, checksums, "frame.number"))
        .as("bad UDP checksums")
        .isEmpty();
    // Q.1912.5 / TS 29.163 §7.2.3.1: PAI -> calling party number, network provided; Privacy: id ->
    // presentation restricted (Q.763 §3.10: APRI 1, SI 3); +49... -> international (4)
    List<List<String>> iam =
        Tshark.fields(
            demo.pcap,
            List.of("-Y", "isup.message_type == 1"),
            "isup.calling_party_nature_of_address_indicator",
            "isup.address_presentation_restricted_indicator",
            "isup.screening_indicator",
            "isup.calling");
    assertThat(iam).hasSize(2); // gw-stp and stp-ssp-b
    assertThat(iam.get(0)).containsExactly("4", "1", "3", "4930123456");
  }

  @Test
  void sip_183_180_and_a_bye_with_reason_reach_the_ssp_as_acm_no_indication_cpg_and_rel_31()
      throws Exception {
    Tshark.assumeInstalled();
    int uas = freePort();
    // SIPp answers with 183, 180, 200, then clears with BYE + Reason: Q.850;cause=31 (RFC 3326)
    Process p =
        sipp(
            dir,
            List.of(
                "-sf",
                sippScenario("uas_progress_bye.xml").toString(),
                "-i",
                "127.0.0.1",
                "-p",
                Integer.toString(uas),
                "-m",
                "1"));
    DemoNetwork demo = new DemoNetwork(example(dir, freePort(), uas), dir);
    try {
      Outcome o = demo.call("ssp-b", "to-sip", "9993000001", Duration.ofSeconds(5));
      assertThat(o.success()).as("answered, then cleared by the SIP side: " + o).isTrue();
      SippResult r = finish(p, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      // the SSP's flow names the SIP leg too
      List<String> labels =
          demo.tracer.flow("to-sip").stream().map(e -> e.label().split(" ")[0]).toList();
      assertThat(labels).contains("IAM", "INVITE", "183", "ACM", "180", "CPG", "BYE", "REL");
    } finally {
      p.destroyForcibly();
      demo.close();
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + uas + ",sip");
    assertThat(ladder(demo.pcap, decodeAs))
        .containsSubsequence(
            "IAM",
            "INVITE",
            "183/INVITE",
            "ACM",
            "180/INVITE",
            "CPG",
            "200/INVITE",
            "ANM",
            "BYE",
            "REL",
            "RLC")
        // the ACK (SIP side) and the ANM (ISUP side) both follow the 200, in either order
        .containsSubsequence("200/INVITE", "ACK", "BYE", "200/BYE");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
    // Q.1912.5: 183 -> ACM "no indication" (Q.763 §3.5 c: 0), then 180 -> CPG "alerting" (1)
    assertThat(
            Tshark.field(
                demo.pcap,
                List.of("-Y", "isup.message_type == 6"),
                "isup.called_partys_status_indicator"))
        .containsOnly("0x0000"); // bits DC of the 16-bit indicators: 0 (subscriber free: 0x0004)
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "isup.message_type == 44"), "isup.event_ind"))
        .containsOnly("1");
    // RFC 3326: the BYE's Q.850 cause is the REL's
    assertThat(
            Tshark.field(
                demo.pcap, List.of("-Y", "isup.message_type == 12"), "isup.cause_indicator"))
        .containsOnly("31");
  }

  @Test
  void a_restricted_caller_stays_restricted_through_isup_to_the_far_sip_side() throws Exception {
    int gw1 = freePort();
    int uas = freePort();
    String yaml;
    try (var in = getClass().getResourceAsStream("two-gateways.yaml")) {
      yaml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("GW1", Integer.toString(gw1))
              .replace("GW2", Integer.toString(freePort()))
              .replace("UAS", Integer.toString(uas));
    }
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("two.yaml"), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    // the callee checks Privacy: id, an anonymous From and the caller in P-Asserted-Identity
    Process callee =
        sipp(
            dir.resolve("callee"),
            List.of(
                "-sf",
                sippScenario("uas_privacy.xml").toString(),
                "-i",
                "127.0.0.1",
                "-p",
                Integer.toString(uas),
                "-m",
                "1"));
    DemoNetwork demo = new DemoNetwork(n, dir);
    try {
      // the caller: anonymous From, PAI +4930123456, Privacy: id (RFC 3323, RFC 3325)
      Process caller =
          sipp(
              dir,
              List.of(
                  "127.0.0.1:" + gw1,
                  "-i",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(freePort()),
                  "-sf",
                  sippScenario("uac_pai.xml").toString(),
                  "-s",
                  "9992021000",
                  "-m",
                  "1"));
      SippResult r = finish(caller, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      SippResult c = finish(callee, dir.resolve("callee"));
      assertThat(c.exitCode()).as(c.output()).isZero();
      assertThat(c.stat("SuccessfulCall(C)")).isEqualTo(1);
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
    } finally {
      callee.destroyForcibly();
      demo.close();
    }
  }

  @Test
  void sip_i_carries_the_iam_to_the_far_gateway_which_sends_its_calling_party_on()
      throws Exception {
    Tshark.assumeInstalled();
    int gw1 = freePort();
    String yaml;
    try (var in = getClass().getResourceAsStream("sip-i.yaml")) {
      yaml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("GW1", Integer.toString(gw1))
              .replace("GW2", Integer.toString(freePort()));
    }
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("sip-i.yaml"), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    DemoNetwork demo = new DemoNetwork(n, dir);
    try {
      // From: <sip:4930111@...>, no P-Asserted-Identity: gw1's IAM has the number as "user
      // provided, not verified" (SI 0); gw2's INVITE carries it in P-Asserted-Identity too, which
      // alone would make it "network provided" (SI 3) at gw1
      Process caller =
          sipp(
              dir,
              List.of(
                  "127.0.0.1:" + gw1,
                  "-i",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(freePort()),
                  "-sf",
                  sippScenario("uac_from_number.xml").toString(),
                  "-s",
                  "9992021000",
                  "-m",
                  "1"));
      SippResult r = finish(caller, dir);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
    } finally {
      demo.close();
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + gw1 + ",sip");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
    // the INVITE gw2 -> gw1 carries the IAM (RFC 3204 application/ISUP inside multipart/mixed)
    List<List<String>> sipI =
        Tshark.fields(
            demo.pcap,
            List.of("-d", "udp.port==" + gw1 + ",sip", "-Y", "sip.Method == \"INVITE\" && isup"),
            "isup.message_type",
            "isup.called");
    assertThat(sipI).isNotEmpty();
    assertThat(sipI.get(0)).containsExactly("1", "9992021000");
    // gw1's IAM to ssp-b: the encapsulated IAM's calling party, SI 0 (Q.1912.5 profile A)
    List<List<String>> toSspB =
        Tshark.fields(
            demo.pcap,
            List.of("-Y", "isup.message_type == 1 && isup.called == \"779992021000\""),
            "isup.calling",
            "isup.screening_indicator");
    assertThat(toSspB).isNotEmpty();
    assertThat(toSspB).allSatisfy(f -> assertThat(f).containsExactly("4930111", "0"));
  }

  /** SIPp's built-in uac placing {@code calls} calls to {@code number} at the gateway. */
  static SippResult uac(Path dir, int gw, String number, int calls) throws Exception {
    return finish(
        sipp(
            dir,
            List.of(
                "127.0.0.1:" + gw,
                "-i",
                "127.0.0.1",
                "-p",
                Integer.toString(freePort()),
                "-sn",
                "uac",
                "-s",
                number,
                "-m",
                Integer.toString(calls),
                "-r",
                Integer.toString(calls),
                "-l",
                Integer.toString(calls))),
        dir);
  }

  /** Every label of every SIP-originated flow, from ("stp" for both STPs) and message. */
  static List<List<String>> sipFlows(DemoNetwork demo) {
    List<List<String>> flows = new ArrayList<>();
    for (String flow : demo.tracer.flowsOfKind("sip")) {
      flows.add(
          demo.tracer.flow(flow).stream()
              .map(e -> e.from() + " " + e.label().split(" cic")[0])
              .toList());
    }
    return flows;
  }

  @Test
  void sipp_calls_to_a_toll_free_number_are_translated_by_the_scp_and_answered() throws Exception {
    int gw = freePort();
    DemoNetwork demo = new DemoNetwork(example(dir, gw, freePort()), dir);
    try {
      SippResult r = uac(dir, gw, "08001234567", 5);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(5);
      assertThat(r.stat("FailedCall(C)")).isZero();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      List<List<String>> flows = sipFlows(demo);
      assertThat(flows).hasSize(5);
      // INVITE -> IAM (gw to ssp-a) -> INAP InitialDP/Connect -> IAM (ssp-a to ssp-b) ... -> 200
      assertThat(flows)
          .allSatisfy(
              f ->
                  assertThat(f)
                      .containsSubsequence(
                          "gw IAM",
                          "ssp-a TC-BEGIN initialDP",
                          "scp TC-END connect",
                          "ssp-a IAM",
                          "ssp-b ACM",
                          "ssp-a ACM",
                          "ssp-b ANM",
                          "ssp-a ANM")
                      // the SIP side's times are the library's milliseconds: the 200 and the ANMs
                      // of the same instant may be recorded in either order
                      .contains("gw 180 Ringing (INVITE)", "gw 200 OK (INVITE)"));
    } finally {
      demo.close();
    }
  }

  @Test
  void sipp_calls_to_a_mobile_number_go_through_the_hlr_to_the_msc_and_are_answered()
      throws Exception {
    int gw = freePort();
    DemoNetwork demo = new DemoNetwork(example(dir, gw, freePort()), dir);
    try {
      SippResult r = uac(dir, gw, "9990110000042", 5);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(5);
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      List<List<String>> flows = sipFlows(demo);
      assertThat(flows).hasSize(5);
      assertThat(flows)
          .allSatisfy(
              f ->
                  assertThat(f)
                      .containsSubsequence(
                          "gw IAM",
                          "ssp-a TC-BEGIN sendRoutingInfo",
                          "hlr TC-BEGIN provideRoamingNumber",
                          "msc TC-END result",
                          "hlr TC-END result",
                          "ssp-a IAM",
                          "msc ACM",
                          "ssp-a ACM",
                          "msc ANM",
                          "ssp-a ANM")
                      .contains("gw 180 Ringing (INVITE)", "gw 200 OK (INVITE)"));
    } finally {
      demo.close();
    }
  }

  @Test
  void busy_and_absent_mobile_subscribers_give_sipp_486_and_480() throws Exception {
    int gw = freePort();
    DemoNetwork demo = new DemoNetwork(example(dir, gw, freePort()), dir);
    try {
      SippResult busy = uac(dir.resolve("busy"), gw, "9990140000001", 2);
      assertThat(busy.stat("FailedCall(C)")).as(busy.output()).isEqualTo(2);
      assertThat(busy.output()).contains("486");
      SippResult absent = uac(dir.resolve("absent"), gw, "9990120000001", 2);
      assertThat(absent.stat("FailedCall(C)")).as(absent.output()).isEqualTo(2);
      assertThat(absent.output()).contains("480");
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
    } finally {
      demo.close();
    }
  }
}
