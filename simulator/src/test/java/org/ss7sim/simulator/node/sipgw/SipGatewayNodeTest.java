package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.testkit.Sipp;
import org.ss7sim.testkit.Tshark;

/**
 * examples/sip-gateway.yaml against SIPp (Debian's sip-tester), a real SIP endpoint: SIPp's
 * built-in {@code uac} calls the gateway, whose IAMs cross the STP to the answering lines of ssp-b
 * (or through ssp-a to the SCP, the HLR and the MSC); and ssp-b's calls to 99930… leave the gateway
 * as INVITEs to SIPp's built-in {@code uas}.
 *
 * <p>No port is chosen and bound later: the gateway listens on port 0 (it binds the port and the
 * test reads it back), and SIPp ({@link Sipp}) is running with its socket held before the network
 * that routes calls to it starts. Every call's outcome is asserted before the test waits for SIPp,
 * and every wait is bounded. Under {@code CI=true} a missing sipp fails; elsewhere the test is
 * skipped ("sipp not installed").
 */
public class SipGatewayNodeTest {
  static final int IAM = 1;
  static final int SAM = 2;
  static final int ACM = 6;
  static final int ANM = 9;
  static final int REL = 12;
  static final int RLC = 16;
  static final int CPG = 44;
  static final Duration SIPP_TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @BeforeEach
  void sippInstalled() {
    Sipp.assumeInstalled();
  }

  static Path example() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/sip-gateway.yaml");
  }

  /**
   * A port that was free for both UDP and TCP on the loopback a moment ago (bound to 0 and
   * released): only for addresses that must be written into a network file before anything binds
   * them; whoever binds it must cope with losing it (see {@link #startRetryingTakenPorts}).
   */
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

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  /**
   * The example with the gateway on port 0 (it binds an ephemeral port for UDP and TCP; {@link
   * #sipPort} reads it back) and the SIP route's 5070 replaced by {@code uas} (a running SIPp's
   * {@code 127.0.0.1:port}), or left when no call goes there.
   */
  static Network example(Path dir, String uas) throws Exception {
    String yaml = Files.readString(example()).replace("127.0.0.1:5060", "127.0.0.1:0");
    if (uas != null) {
      yaml = yaml.replace("127.0.0.1:5070", uas);
      assertThat(yaml).doesNotContain(":5070");
    }
    assertThat(yaml).doesNotContain(":5060");
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("sip-gateway.yaml"), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    return n;
  }

  /** The gateway node {@code name} of a running network. */
  static SipGatewayNode gateway(DemoNetwork demo, String name) {
    return (SipGatewayNode) demo.net.node(name).orElseThrow().logic().orElseThrow();
  }

  /** The UDP port gateway {@code name} listens on (bound by it). */
  static int sipPort(DemoNetwork demo, String name) {
    return gateway(demo, name).sip().localAddress("udp").getPort();
  }

  /**
   * Starts the network {@code build} gives for a port written into it before start (e.g. one
   * gateway's SIP route to another's listen port); if that port was taken meanwhile (the start
   * fails binding it), again with another, at most 5 times.
   */
  static DemoNetwork startRetryingTakenPorts(Path dir, PortedNetwork build) throws Exception {
    Exception last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      Path run = Files.createDirectories(dir.resolve("attempt-" + attempt));
      Network n = build.with(freePort(), run);
      try {
        return new DemoNetwork(n, dir);
      } catch (Exception e) {
        if (!portTaken(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw new AssertionError("every port taken", last);
  }

  /** A network file with a port that must be known before start. */
  interface PortedNetwork {
    Network with(int port, Path dir) throws Exception;
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException
          || String.valueOf(t.getMessage()).contains("Address already in use")) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (portTaken(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * SIPp's built-in uac placing {@code calls} calls to {@code number} at gateway port {@code gw}.
   */
  static Sipp.Result uac(Path dir, int gw, String number, int calls) throws Exception {
    return Sipp.run(
        dir,
        SIPP_TIMEOUT,
        List.of(
            "127.0.0.1:" + gw,
            "-sn",
            "uac",
            "-s",
            number,
            "-m",
            Integer.toString(calls),
            "-r",
            Integer.toString(calls),
            "-l",
            Integer.toString(calls)));
  }

  /** A SIPp scenario file of the sip module's tests. */
  static Path sippScenario(String name) {
    return Path.of(System.getProperty("ss7sim.root", ".."))
        .resolve("sip/src/test/resources/sipp")
        .resolve(name);
  }

  /** A copy in {@code dir} of a SIPp scenario file with {@code from} replaced by {@code to}. */
  static Path sippScenario(String name, Path dir, String from, String to) throws IOException {
    String text = Files.readString(sippScenario(name), StandardCharsets.ISO_8859_1);
    assertThat(text).contains(from);
    Files.createDirectories(dir);
    return Files.writeString(
        dir.resolve(name), text.replace(from, to), StandardCharsets.ISO_8859_1);
  }

  /** The cause values of the capture's REL messages (each crossing the STP twice). */
  static List<String> relCauses(Path pcap) {
    return Tshark.field(pcap, List.of("-Y", "isup.message_type == 12"), "isup.cause_indicator");
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

  /**
   * One row of the table of SIPp {@code uac} calls into the example: {@code calls} calls to {@code
   * number}; all answered (SIPp counts them successful) when {@code status} is 200, else all fail
   * with that final status; {@code path}: labels every call's flow shows in this order (gateway,
   * then the exchanges, the SCP, the HLR and the MSC; empty: not checked).
   */
  record UacCall(String what, String number, int calls, int status, List<String> path) {
    @Override
    public String toString() {
      return what + " (" + number + "): " + status;
    }
  }

  static final List<String> VIA_SCP =
      List.of(
          "gw IAM",
          "ssp-a TC-BEGIN initialDP",
          "scp TC-END connect",
          "ssp-a IAM",
          "ssp-b ACM",
          "ssp-a ACM",
          "ssp-b ANM",
          "ssp-a ANM");

  static final List<String> VIA_HLR =
      List.of(
          "gw IAM",
          "ssp-a TC-BEGIN sendRoutingInfo",
          "hlr TC-BEGIN provideRoamingNumber",
          "msc TC-END result",
          "hlr TC-END result",
          "ssp-a IAM",
          "msc ACM",
          "ssp-a ACM",
          "msc ANM",
          "ssp-a ANM");

  static Stream<UacCall> uacCalls() {
    return Stream.of(
        new UacCall("busy line at ssp-b (REL 17)", "9992022000", 2, 486, List.of()),
        new UacCall(
            "line not answering: the gateway's T9 (REL 19)", "9992023000", 1, 480, List.of()),
        new UacCall("unallocated at ssp-b (REL 1)", "9992024000", 1, 404, List.of()),
        new UacCall("no trunk group at the gateway", "5550000", 1, 404, List.of()),
        new UacCall("toll-free translated by the SCP", "08001234567", 5, 200, VIA_SCP),
        new UacCall("toll-free released by the SCP (REL 31)", "08009990000", 1, 480, List.of()),
        new UacCall("toll-free incomplete at the SCP (REL 28)", "08008880000", 1, 484, List.of()),
        new UacCall("mobile, through the HLR to the MSC", "9990110000042", 5, 200, VIA_HLR),
        new UacCall("mobile busy (HLR)", "9990140000001", 2, 486, List.of()),
        new UacCall("mobile absent (HLR)", "9990120000001", 2, 480, List.of()));
  }

  /**
   * SIPp's built-in uac against the example: each call's final status is the one the network gives
   * (Q.1912.5 / TS 29.163 cause → status), every call is accounted for by SIPp and the gateway, and
   * nothing is left over.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("uacCalls")
  void sipp_uac_calls_end_as_the_network_says(UacCall c) throws Exception {
    try (DemoNetwork demo = new DemoNetwork(example(dir, null), dir)) {
      SipGatewayNode gw = gateway(demo, "gw");
      long unroutableBefore = gw.unroutable();
      Sipp.Result r = uac(dir.resolve("uac"), sipPort(demo, "gw"), c.number(), c.calls());
      if (c.status() == 200) {
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(c.calls());
        assertThat(r.stat("FailedCall(C)")).as(r.output()).isZero();
      } else {
        // the built-in uac expects 180/200: every call fails, on the final status
        assertThat(r.stat("FailedCall(C)")).as(r.output()).isEqualTo(c.calls());
        assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isZero();
        assertThat(r.output()).contains("SIP/2.0 " + c.status() + " ");
      }
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      // counted before the gateway answers (the library counts what it sent only after sending,
      // so a response counter could lag SIPp's end)
      assertThat(gw.sip().counters().snapshot()).containsEntry("invitesReceived", (long) c.calls());
      assertThat(gw.unroutable() - unroutableBefore)
          .isEqualTo(c.number().startsWith("555") ? c.calls() : 0);
      assertThat(gw.unexpectedEvents()).isZero();
      assertThat(gw.activeCalls()).isZero();
      if (!c.path().isEmpty()) {
        List<List<String>> flows = sipFlows(demo);
        assertThat(flows).hasSize(c.calls());
        assertThat(flows)
            .allSatisfy(
                f ->
                    assertThat(f)
                        .containsSubsequence(c.path())
                        // the SIP side's times are the library's milliseconds: the 200 and the
                        // ANMs of the same instant may be recorded in either order
                        .contains("gw 180 Ringing (INVITE)", "gw 200 OK (INVITE)"));
      }
    }
  }

  @Test
  void sipp_uac_calls_cross_the_stp_to_answering_lines_and_are_all_released() throws Exception {
    DemoNetwork demo = new DemoNetwork(example(dir, null), dir);
    try {
      SipGatewayNode node = gateway(demo, "gw");
      Sipp.Result r =
          Sipp.run(
              dir.resolve("uac"),
              SIPP_TIMEOUT,
              List.of(
                  "127.0.0.1:" + sipPort(demo, "gw"),
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
        .containsEntry(RLC, 20L)
        // overlap is not supported on the SIP side: the INVITE's number goes en bloc, no SAM
        .doesNotContainKey(SAM);
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
  }

  @Test
  void a_call_from_the_ssp_to_a_sip_routed_number_reaches_sipp_uas() throws Exception {
    // SIPp holds its port before the network that routes to it starts
    try (Sipp uas =
        Sipp.start(dir.resolve("uas"), SIPP_TIMEOUT, List.of("-sn", "uas", "-m", "2"))) {
      try (DemoNetwork demo = new DemoNetwork(example(dir, uas.address()), dir)) {
        for (int i = 0; i < 2; i++) {
          Outcome o = demo.call("ssp-b", "to-sip-" + i, "999300000" + i, Duration.ofMillis(300));
          assertThat(o.success()).as(o.toString()).isTrue();
        }
        Sipp.Result r = uas.finish(SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(2);
        assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
        assertThat(gateway(demo, "gw").sip().counters().snapshot())
            .containsEntry("invitesSent", 2L);
      }
    }
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
    DemoNetwork demo = new DemoNetwork(example(dir, null), dir);
    int gw = sipPort(demo, "gw");
    try {
      // anonymous From, P-Asserted-Identity +4930123456, Privacy: id (RFC 3323, RFC 3325)
      Sipp.Result r =
          Sipp.run(
              dir.resolve("uac"),
              SIPP_TIMEOUT,
              List.of(
                  "127.0.0.1:" + gw,
                  "-sf",
                  sippScenario("uac_pai.xml").toString(),
                  "-s",
                  "9992021000",
                  "-m",
                  "1"));
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
    List<String> decodeAs = List.of("-d", "udp.port==" + gw + ",sip");
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
    DemoNetwork demo;
    int uasPort;
    // SIPp answers with 183, 180, 200, then clears with BYE + Reason: Q.850;cause=31 (RFC 3326);
    // it holds its port before the network that routes to it starts
    try (Sipp uas =
        Sipp.start(
            dir.resolve("uas"),
            SIPP_TIMEOUT,
            List.of("-sf", sippScenario("uas_progress_bye.xml").toString(), "-m", "1"))) {
      uasPort = uas.port();
      demo = new DemoNetwork(example(dir, uas.address()), dir);
      try {
        Outcome o = demo.call("ssp-b", "to-sip", "9993000001", Duration.ofSeconds(5));
        assertThat(o.success()).as("answered, then cleared by the SIP side: " + o).isTrue();
        Sipp.Result r = uas.finish(SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
        // the SSP's flow names the SIP leg too
        List<String> labels =
            demo.tracer.flow("to-sip").stream().map(e -> e.label().split(" ")[0]).toList();
        assertThat(labels).contains("IAM", "INVITE", "183", "ACM", "180", "CPG", "BYE", "REL");
      } finally {
        demo.close();
      }
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + uasPort + ",sip");
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

  /** A network file of the test resources with each key of {@code replace} replaced. */
  Network resourceNetwork(String name, Map<String, String> replace, Path into) throws Exception {
    String yaml;
    try (var in = getClass().getResourceAsStream(name)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, String> e : replace.entrySet()) {
      yaml = yaml.replace(e.getKey(), e.getValue());
    }
    Network n = ConfigLoader.loadNetwork(Files.writeString(into.resolve(name), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    return n;
  }

  @Test
  void a_restricted_caller_stays_restricted_through_isup_to_the_far_sip_side() throws Exception {
    // the callee checks Privacy: id, an anonymous From and the caller in P-Asserted-Identity
    try (Sipp callee =
        Sipp.start(
            dir.resolve("callee"),
            SIPP_TIMEOUT,
            List.of("-sf", sippScenario("uas_privacy.xml").toString(), "-m", "1"))) {
      Network n =
          resourceNetwork(
              "two-gateways.yaml",
              Map.of("GW1", "0", "GW2", "0", "UAS", Integer.toString(callee.port())),
              dir);
      try (DemoNetwork demo = new DemoNetwork(n, dir)) {
        // the caller: anonymous From, PAI +4930123456, Privacy: id (RFC 3323, RFC 3325)
        Sipp.Result r =
            Sipp.run(
                dir.resolve("caller"),
                SIPP_TIMEOUT,
                List.of(
                    "127.0.0.1:" + sipPort(demo, "gw1"),
                    "-sf",
                    sippScenario("uac_pai.xml").toString(),
                    "-s",
                    "9992021000",
                    "-m",
                    "1"));
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(1);
        Sipp.Result c = callee.finish(SIPP_TIMEOUT);
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(c.stat("SuccessfulCall(C)")).isEqualTo(1);
        assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      }
    }
  }

  @Test
  void sip_i_carries_the_iam_to_the_far_gateway_which_sends_its_calling_party_on()
      throws Exception {
    Tshark.assumeInstalled();
    // gw2's SIP-I route names gw1's port, so that one is written into the file before start
    int[] gw1 = new int[1];
    DemoNetwork demo =
        startRetryingTakenPorts(
            dir,
            (port, into) -> {
              gw1[0] = port;
              return resourceNetwork(
                  "sip-i.yaml", Map.of("GW1", Integer.toString(port), "GW2", "0"), into);
            });
    try {
      // From: <sip:4930111@...>, no P-Asserted-Identity: gw1's IAM has the number as "user
      // provided, not verified" (SI 0); gw2's INVITE carries it in P-Asserted-Identity too, which
      // alone would make it "network provided" (SI 3) at gw1
      Sipp.Result r =
          Sipp.run(
              dir.resolve("caller"),
              SIPP_TIMEOUT,
              List.of(
                  "127.0.0.1:" + gw1[0],
                  "-sf",
                  sippScenario("uac_from_number.xml").toString(),
                  "-s",
                  "9992021000",
                  "-m",
                  "1"));
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(1);
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
    } finally {
      demo.close();
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + gw1[0] + ",sip");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
    // the INVITE gw2 -> gw1 carries the IAM (RFC 3204 application/ISUP inside multipart/mixed)
    List<List<String>> sipI =
        Tshark.fields(
            demo.pcap,
            List.of("-d", "udp.port==" + gw1[0] + ",sip", "-Y", "sip.Method == \"INVITE\" && isup"),
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

  @Test
  void a_cancel_from_sipp_while_the_line_rings_releases_the_isup_call_with_the_reason_cause()
      throws Exception {
    Tshark.assumeInstalled();
    DemoNetwork demo = new DemoNetwork(example(dir, null), dir);
    int gw = sipPort(demo, "gw");
    try {
      // INVITE to a line that rings and never answers; on 180, CANCEL with Reason cause 21
      Path scenario = sippScenario("uac_cancel.xml", dir, "Q.850;cause=31", "Q.850;cause=21");
      Sipp.Result r =
          Sipp.run(
              dir.resolve("uac"),
              SIPP_TIMEOUT,
              List.of(
                  "127.0.0.1:" + gw, "-sf", scenario.toString(), "-s", "9992023000", "-m", "1"));
      // SIPp got 200 for the CANCEL and 487 for the INVITE, and ACKed it
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(1);
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      Map<String, Long> c = gateway(demo, "gw").sip().counters().snapshot();
      assertThat(c).containsEntry("cancelReceived", 1L).containsEntry("unknownDialog", 0L);
    } finally {
      demo.close();
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + gw + ",sip");
    assertThat(ladder(demo.pcap, decodeAs))
        .containsSubsequence("INVITE", "IAM", "ACM", "180/INVITE", "CANCEL", "REL", "RLC")
        .containsSubsequence("CANCEL", "200/CANCEL", "487/INVITE", "ACK");
    // RFC 3326 / TS 29.163 §7.2.3.1.5: the CANCEL's Reason cause is the REL's
    assertThat(relCauses(demo.pcap)).containsOnly("21");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
  }

  @Test
  void an_isup_call_released_before_answer_cancels_the_invite_to_sipp_with_the_cause()
      throws Exception {
    Tshark.assumeInstalled();
    DemoNetwork demo;
    int uasPort;
    // SIPp rings and never answers; it expects a CANCEL with Reason Q.850 cause 19 (the caller's
    // no-answer timer, T9), answers it 200, the INVITE 487, and gets the ACK
    Path scenario = sippScenario("uas_cancelled.xml", dir, "cause=16", "cause=19");
    try (Sipp uas =
        Sipp.start(
            dir.resolve("uas"), SIPP_TIMEOUT, List.of("-sf", scenario.toString(), "-m", "1"))) {
      uasPort = uas.port();
      demo = new DemoNetwork(example(dir, uas.address()), dir);
      try {
        Outcome o = demo.call("ssp-b", "to-sip", "9993000001", Duration.ofSeconds(1));
        assertThat(o.success()).as(o.toString()).isFalse();
        assertThat(o.toString()).contains("no_answer");
        Sipp.Result r = uas.finish(SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).as(r.output()).isEqualTo(1);
        assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
        // the 487 reached the gateway after SIPp had its ACK: awaitNoLeaks waited for it
        assertThat(gateway(demo, "gw").sip().pendingCancels()).isZero();
      } finally {
        demo.close();
      }
    }
    List<String> decodeAs = List.of("-d", "udp.port==" + uasPort + ",sip");
    assertThat(ladder(demo.pcap, decodeAs))
        .containsSubsequence("IAM", "INVITE", "180/INVITE", "ACM", "REL", "CANCEL", "RLC")
        .containsSubsequence("CANCEL", "200/CANCEL", "487/INVITE", "ACK");
    assertThat(relCauses(demo.pcap)).containsOnly("19");
    assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
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
}
