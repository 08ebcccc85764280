package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.m3ua.testing.RfcPeer;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;

/**
 * {@code examples/sut-asp.yaml} served to an external ASP written from the RFCs with hand-written
 * bytes (M3UA RFC 4666, SCCP Q.713, TCAP Q.773, MAP TS 29.002; not the project's codecs): it is
 * admitted with RC 100 in override mode; its SCCP SCMG SST for SSN 6 at PC 202 is answered with
 * SSA; its SRI-for-SM is answered by the simulated HLR with the subscriber's IMSI and serving MSC.
 * It is refused with the other link's RC, with a wrong traffic mode and from an address the link
 * does not allow. The file's M3UA ports are made ephemeral here; the HLR gets subscribers served by
 * an external MSC.
 */
class SutAspTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final int SUT = 101;
  private static final int HLR = 202;

  @TempDir Path dir;
  SimNetwork net;
  int ni;

  @BeforeEach
  void start() throws Exception {
    String yaml =
        Files.readString(
                Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/sut-asp.yaml"))
            .replaceAll("(?m)^(\\s+local: [0-9.]+):\\d+", "$1:0");
    yaml +=
        """

            subscribers:
              - {msisdn: "999011000000", imsi: "001010000000000", count: 10, msc: vmsc}

          - name: vmsc
            kind: msc
            external: true
            point_code: 102
            global_titles: "999010000102"
        """;
    Path file = Files.writeString(dir.resolve("sut-asp.yaml"), yaml);
    Network n = ConfigLoader.loadNetwork(file);
    NodeKinds kinds = new NodeKinds(n, true, dir);
    net = SimNetwork.start(n, Set.of(), null, kinds::logicFor);
    ni = n.node("stp").orElseThrow().networkIndicator().code();
  }

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  private SimNode stp() {
    return net.node("stp").orElseThrow();
  }

  private InetSocketAddress sutPort() {
    return stp().listenerAddress("sut");
  }

  private String hostPort() {
    return sutPort().getHostString() + ":" + sutPort().getPort();
  }

  private long counter(Counter c) throws Exception {
    SimNode s = stp();
    return s.call(() -> s.m3ua().counter(c));
  }

  @Test
  void external_nodes_are_not_started() {
    assertThat(net.node("sut")).isEmpty();
    assertThat(net.node("vmsc")).isEmpty();
    assertThat(net.node("hlr")).isPresent();
  }

  @Test
  void admitted_with_rc_100_sst_answered_with_ssa_and_sri_for_sm_by_the_hlr() throws Exception {
    try (RfcPeer sut = new RfcPeer(InetAddress.getLoopbackAddress(), sutPort())) {
      RfcPeer.Message ack = sut.upAndActive(1, 100);
      assertThat(ack.is(RfcPeer.ASPTM, RfcPeer.ASPAC_ACK)).as(ack.toString()).isTrue();
      assertThat(ack.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(100);

      // SCMG SST (Q.713 §5.3): called and calling SCMG (SSN 1) by PC and SSN; SSN 6 at PC 202
      byte[] sst = udt(address(HLR, 1), address(SUT, 1), bytes(0x03, 0x06, HLR, 0x00, 0x00));
      sut.send(RfcPeer.data(100, SUT, HLR, 3, ni, 5, sst));
      byte[] ssa = udtData(nextData(sut, 100));
      assertThat(HEX.formatHex(ssa)).isEqualTo("0106ca0000"); // SSA, SSN 6, PC 202, SMI 0

      // SRI-for-SM (MAP v3, TS 29.002 §12.1) for subscriber 3, from SSN 8 at PC 101
      sut.send(RfcPeer.data(100, SUT, HLR, 3, ni, 6, udt(address(HLR, 6), address(SUT, 8), sri())));
      byte[] end = udtData(nextData(sut, 100));
      String hex = HEX.formatHex(end);
      assertThat(end[0] & 0xff).as(hex).isEqualTo(0x64); // TC-END
      assertThat(hex)
          .contains("490400000001") // dtid: our otid
          .contains("020101" + "30") // returnResultLast for invoke 1 with its result...
          .contains("02012d") // ...of sendRoutingInfoForSM (45)
          .contains("0408" + "000101000000" + "00f3") // IMSI 001010000000003
          .contains("8107" + "91" + "990901001020"); // networkNode-Number: vmsc 999010000102
    }
  }

  @Test
  void refused_with_the_other_links_rc_and_a_wrong_traffic_mode_and_no_data() throws Exception {
    long refusedRc = counter(Counter.REFUSED_ROUTING_CONTEXTS);
    long refusedMode = counter(Counter.REFUSED_TRAFFIC_MODES);
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    net.externalLinks().onChange(lines::add);
    String peer;
    try (RfcPeer sut = new RfcPeer(InetAddress.getLoopbackAddress(), sutPort())) {
      peer = "127.0.0.1:" + sut.localPort();
      RfcPeer.Message err = sut.upAndActive(1, 200);
      assertThat(err.is(RfcPeer.MGMT, RfcPeer.ERR)).as(err.toString()).isTrue();
      assertThat(err.u32(RfcPeer.TAG_ERROR_CODE)).isEqualTo(0x19);
      assertThat(counter(Counter.REFUSED_ROUTING_CONTEXTS)).isEqualTo(refusedRc + 1);
      sut.send(RfcPeer.aspActive(2, 100)); // loadshare for an override AS
      RfcPeer.Message mode = sut.read();
      assertThat(mode.is(RfcPeer.MGMT, RfcPeer.ERR)).as(mode.toString()).isTrue();
      assertThat(mode.u32(RfcPeer.TAG_ERROR_CODE)).isEqualTo(0x05);
      assertThat(counter(Counter.REFUSED_TRAFFIC_MODES)).isEqualTo(refusedMode + 1);
      assertThat(sut.untilBeatAck(3)).noneMatch(m -> m.messageClass() == RfcPeer.TRANSFER);
    }
    // what the service prints (one line per refusal, and the link's state)
    List<String> seen = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (seen.stream().noneMatch(l -> l.contains("(0x05)")) && System.nanoTime() < deadline) {
      String l = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
      if (l != null) {
        seen.add(l);
      }
    }
    assertThat(seen)
        .contains("link sut (external sut, listening on " + hostPort() + "): AS DOWN rc=100")
        .anyMatch(
            l ->
                l.startsWith(
                        "node stp, link sut (peer "
                            + peer
                            + "): refused ASP Active/Inactive naming a routing context")
                    && l.contains("ERR Invalid Routing Context (0x19) (1 now"))
        .anyMatch(
            l ->
                l.startsWith(
                        "node stp, link sut (peer "
                            + peer
                            + "): refused ASP Active with a traffic mode other than the AS's")
                    && l.contains("(0x05) (1 now"));
  }

  /**
   * What {@code ss7sim run} prints for the link to the external ASP (the service prints each line
   * {@link ExternalLinks#onChange} gives it): one line per change of the AS's state, none for
   * messages that change nothing (heartbeats, a repeated ASP Active). Each step is synchronised on
   * the STP's thread, where the state is reported, so no line can still be on its way.
   */
  @Test
  void each_change_of_the_external_links_state_is_one_line() throws Exception {
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    net.externalLinks().onChange(lines::add);
    String link = "link sut (external sut, listening on " + hostPort() + "): ";
    assertThat(drain(lines)).containsExactly(link + "AS DOWN rc=100");
    try (RfcPeer sut = new RfcPeer(InetAddress.getLoopbackAddress(), sutPort())) {
      sut.send(RfcPeer.aspUp());
      assertThat(sut.read().is(RfcPeer.ASPSM, RfcPeer.ASPUP_ACK)).isTrue();
      // the AS is not the ASP's until it names it in ASP Active: at most one line, not active
      assertThat(drain(lines)).hasSizeLessThanOrEqualTo(1).noneMatch(l -> l.contains("AS ACTIVE"));
      sut.send(RfcPeer.aspActive(1, 100));
      assertThat(sut.untilBeatAck(1)).anyMatch(m -> m.is(RfcPeer.ASPTM, RfcPeer.ASPAC_ACK));
      assertThat(drain(lines)).containsExactly(link + "AS ACTIVE rc=100");
      // management that changes nothing: no line
      for (int i = 2; i < 12; i++) {
        sut.untilBeatAck(i);
      }
      sut.send(RfcPeer.aspActive(1, 100));
      assertThat(sut.untilBeatAck(12)).anyMatch(m -> m.is(RfcPeer.ASPTM, RfcPeer.ASPAC_ACK));
      assertThat(drain(lines)).isEmpty();
      // ASP Inactive (RFC 4666 §3.7.2): the only ASP of the AS leaves it
      sut.send(org.ss7sim.wire.Octets.wrap(new byte[] {1, 0, RfcPeer.ASPTM, 2, 0, 0, 0, 8}));
      // ASP Inactive Ack is type 4
      assertThat(sut.untilBeatAck(13)).anyMatch(m -> m.is(RfcPeer.ASPTM, 4));
      List<String> after = drain(lines);
      assertThat(after).hasSize(1);
      assertThat(after.get(0)).startsWith(link).doesNotContain("AS ACTIVE");
    }
  }

  /**
   * The lines reported so far, once the STP's thread has run everything queued before (the report
   * of the last management message received is queued on that thread before this call).
   */
  private List<String> drain(java.util.concurrent.BlockingQueue<String> lines) throws Exception {
    SimNode s = stp();
    s.call(() -> null);
    s.call(() -> null);
    List<String> out = new java.util.ArrayList<>();
    lines.drainTo(out);
    return out;
  }

  @Test
  void refused_from_an_address_not_allowed() throws Exception {
    long refused = counter(Counter.REFUSED_PEERS);
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    net.externalLinks().onChange(lines::add);
    // the WARN line of the m3ua listener that refused it
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger("org.ss7sim.m3ua.node.ServerListener");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    String expected;
    int port;
    try (RfcPeer stranger = new RfcPeer(InetAddress.getByName("127.0.0.2"), sutPort())) {
      port = stranger.localPort();
      expected =
          "node stp, link sut (peer 127.0.0.2:"
              + port
              + "): refused an association from an address not allowed for this link: closed (1"
              + " now";
      assertThat(stranger.closedByNode()).isTrue();
    } finally {
      log.detachAppender(logged);
    }
    assertThat(counter(Counter.REFUSED_PEERS)).isEqualTo(refused + 1);
    assertThat(List.copyOf(logged.list))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
              assertThat(e.getFormattedMessage())
                  .isEqualTo(
                      "m3ua link sut: refused association from [/127.0.0.2:"
                          + port
                          + "]: address not allowed for this link");
            });
    // the line the service prints names the link and the refused address
    List<String> seen = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (seen.stream().noneMatch(l -> l.startsWith(expected)) && System.nanoTime() < deadline) {
      String l = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
      if (l != null) {
        seen.add(l);
      }
    }
    assertThat(seen).anyMatch(l -> l.startsWith(expected));
  }

  @Test
  void a_reg_req_for_the_hlrs_point_code_is_refused_and_named_with_link_peer_and_status()
      throws Exception {
    long refused = counter(Counter.REFUSED_REGISTRATIONS);
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    net.externalLinks().onChange(lines::add);
    String peer;
    try (RfcPeer sut = new RfcPeer(InetAddress.getLoopbackAddress(), sutPort())) {
      peer = "127.0.0.1:" + sut.localPort();
      sut.send(RfcPeer.aspUp());
      assertThat(sut.read().is(RfcPeer.ASPSM, RfcPeer.ASPUP_ACK)).isTrue();
      // a routing key for PC 202, the HLR's (served over the STP's other link, RC 200)
      sut.send(RfcPeer.regReq(7, HLR));
      RfcPeer.Message rsp = sut.read();
      while (rsp.is(RfcPeer.MGMT, RfcPeer.NTFY)) {
        rsp = sut.read();
      }
      assertThat(rsp.is(RfcPeer.RKM, RfcPeer.REG_RSP)).as(rsp.toString()).isTrue();
      List<RfcPeer.Parameter> result =
          RfcPeer.nested(rsp.parameter(RfcPeer.TAG_REGISTRATION_RESULT));
      assertThat(result)
          .extracting(RfcPeer.Parameter::tag, p -> RfcPeer.u32(p.value(), 0))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RfcPeer.TAG_LOCAL_RK_IDENTIFIER, 7L),
              org.assertj.core.groups.Tuple.tuple(RfcPeer.TAG_REGISTRATION_STATUS, 5L), // denied
              org.assertj.core.groups.Tuple.tuple(RfcPeer.TAG_ROUTING_CONTEXT, 0L));
      assertThat(counter(Counter.REFUSED_REGISTRATIONS)).isEqualTo(refused + 1);
      // still only RC 100 for it, and PC 202 still routed only over the HLR's link
      sut.send(RfcPeer.aspActive(1)); // override, no RC: the ASes configured for this peer
      RfcPeer.Message ack = sut.read();
      while (ack.is(RfcPeer.MGMT, RfcPeer.NTFY)) {
        ack = sut.read();
      }
      assertThat(ack.is(RfcPeer.ASPTM, RfcPeer.ASPAC_ACK)).as(ack.toString()).isTrue();
      if (ack.parameter(RfcPeer.TAG_ROUTING_CONTEXT) != null) {
        assertThat(ack.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(100);
      }
      SimNode s = stp();
      assertThat(
              s.call(() -> s.m3ua().routeStatus(org.ss7sim.mtp.PointCode.itu(HLR))).stream()
                  .map(org.ss7sim.m3ua.node.RouteStatus::via)
                  .toList())
          .doesNotContain("dyn-" + HLR)
          .isNotEmpty();
    }
    String expected =
        "node stp, link sut (peer "
            + peer
            + "): refused REG REQ routing key 7 for DPC 202 (0-25-2): Error - Permission Denied"
            + " (5) (1 now, 1 in all on this link)";
    List<String> seen = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (!seen.contains(expected) && System.nanoTime() < deadline) {
      String l = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
      if (l != null) {
        seen.add(l);
      }
    }
    assertThat(seen).contains(expected);
    // and in /metrics, by node, link, kind and status
    try (org.ss7sim.simulator.control.ControlServer api =
        org.ss7sim.simulator.control.ControlServer.start(
            net,
            org.ss7sim.simulator.control.ControlServer.Options.loopback(0).withToken("t"),
            () -> {})) {
      java.net.http.HttpResponse<String> metrics =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              "http://127.0.0.1:" + api.address().getPort() + "/metrics"))
                      .header("Authorization", "Bearer t")
                      .timeout(java.time.Duration.ofSeconds(30))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.body())
          .contains(
              "ss7sim_m3ua_refusals_total{node=\"stp\",link=\"sut\",refusal=\"registrations\","
                  + "detail=\"routing key 7 for DPC 202 (0-25-2): Error - Permission Denied (5)\"}"
                  + " 1");
    }
  }

  // ---- hand-written SCCP, TCAP and MAP ----------------------------------------------------

  /** The next DATA (skipping management), checked to carry {@code rc}; its Protocol Data. */
  private static RfcPeer.Message nextData(RfcPeer peer, long rc) throws Exception {
    for (int i = 0; i < 50; i++) {
      RfcPeer.Message m = peer.read();
      if (m.is(RfcPeer.TRANSFER, RfcPeer.DATA)) {
        assertThat(m.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(rc);
        return m;
      }
    }
    throw new AssertionError("no DATA within 50 messages");
  }

  /** SCCP address (Q.713 §3.4, ITU): route on SSN, PC (14 bits, low octet first) and SSN. */
  private static byte[] address(int pc, int ssn) {
    return bytes(0x43, pc & 0xff, (pc >> 8) & 0x3f, ssn);
  }

  /** UDT (Q.713 §4.10): class 0, three pointers, called, calling, data. */
  private static byte[] udt(byte[] called, byte[] calling, byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0x09);
    b.write(0x00);
    b.write(3); // from this octet (offset 2) to the called address (offset 5)
    b.write(3 + called.length); // from offset 3 to the calling address
    b.write(3 + called.length + calling.length); // from offset 4 to the data
    b.write(called.length);
    b.writeBytes(called);
    b.write(calling.length);
    b.writeBytes(calling);
    b.write(data.length);
    b.writeBytes(data);
    return b.toByteArray();
  }

  /** The data of a UDT received in a DATA message. */
  private static byte[] udtData(RfcPeer.Message data) {
    byte[] u = RfcPeer.userData(data);
    assertThat(u[0]).as("UDT").isEqualTo((byte) 0x09);
    int at = 4 + (u[4] & 0xff);
    byte[] out = new byte[u[at] & 0xff];
    System.arraycopy(u, at + 1, out, 0, out.length);
    return out;
  }

  /** TC-BEGIN with an AARQ for shortMsgGatewayContext-v3 and an invoke of SRI-for-SM. */
  private static byte[] sri() {
    byte[] aarq =
        tlv(
            0x60,
            tlv(0x80, bytes(0x07, 0x80)), // protocol-version: version1
            tlv(0xa1, tlv(0x06, bytes(0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03)))); // AC v3
    byte[] dialogue =
        tlv(
            0x6b,
            tlv(
                0x28,
                tlv(0x06, bytes(0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01)), // dialogue-as-id
                tlv(0xa0, aarq)));
    byte[] arg =
        tlv(
            0x30,
            tlv(0x80, bytes(0x91, 0x99, 0x09, 0x11, 0x00, 0x00, 0x30)), // msisdn 999011000003
            tlv(0x81, bytes(0xff)), // sm-RP-PRI
            tlv(0x82, bytes(0x91, 0x99, 0x09, 0x01, 0x00, 0x10, 0x10))); // SC 999010000101
    byte[] invoke = tlv(0xa1, tlv(0x02, bytes(1)), tlv(0x02, bytes(45)), arg);
    return tlv(0x62, tlv(0x48, bytes(0, 0, 0, 1)), dialogue, tlv(0x6c, invoke));
  }

  private static byte[] tlv(int tag, byte[]... contents) {
    ByteArrayOutputStream v = new ByteArrayOutputStream();
    for (byte[] c : contents) {
      v.writeBytes(c);
    }
    assertThat(v.size()).isLessThan(128); // short form lengths only
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(tag);
    b.write(v.size());
    b.writeBytes(v.toByteArray());
    return b.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
