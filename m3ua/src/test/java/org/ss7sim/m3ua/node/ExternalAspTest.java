package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.testing.RfcPeer.ASPAC_ACK;
import static org.ss7sim.m3ua.testing.RfcPeer.ASPSM;
import static org.ss7sim.m3ua.testing.RfcPeer.ASPTM;
import static org.ss7sim.m3ua.testing.RfcPeer.ASPUP_ACK;
import static org.ss7sim.m3ua.testing.RfcPeer.DATA;
import static org.ss7sim.m3ua.testing.RfcPeer.ERR;
import static org.ss7sim.m3ua.testing.RfcPeer.MGMT;
import static org.ss7sim.m3ua.testing.RfcPeer.NTFY;
import static org.ss7sim.m3ua.testing.RfcPeer.TAG_ERROR_CODE;
import static org.ss7sim.m3ua.testing.RfcPeer.TAG_PROTOCOL_DATA;
import static org.ss7sim.m3ua.testing.RfcPeer.TAG_ROUTING_CONTEXT;
import static org.ss7sim.m3ua.testing.RfcPeer.TAG_STATUS;
import static org.ss7sim.m3ua.testing.RfcPeer.TRANSFER;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.testing.RfcPeer;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.Octets;

/**
 * Issue 13: an external ASP ({@link RfcPeer}, hand-written bytes) over TCP loopback against a node
 * (PC 2) serving two ASes — RC 100 (override, PC 101) on link "ext" for peers at 127.0.0.1, and RC
 * 200 (loadshare, PC 102) on link "other", where a legitimate ASP is active and receiving traffic.
 * The external ASP is admitted with its own RC and receives its AS's DATA; refused with the other
 * link's RC (ERR 0x19), without RC on a link with no AS for it (ERR 0x1a), with a wrong traffic
 * mode (ERR 0x05) and from an address not allowed (closed) — and in every refused case it receives
 * no DATA of the other AS.
 */
class ExternalAspTest {
  private static final InetAddress ONE = address("127.0.0.1");
  private static final InetAddress TWO = address("127.0.0.2");

  private NodeLoop loop;
  private M3uaNode node;
  private RfcPeer other;

  @BeforeEach
  void start() throws Exception {
    loop = NodeLoop.start("external-asp");
    node =
        M3uaNode.builder()
            .localPointCode(PointCode.itu(2))
            .owner(loop)
            .timers(loop.timers())
            .transport(loop.tcp())
            .server("ext", TransportKind.TCP, server("ext"))
            .allowPeers("ext", ONE)
            .server("other", TransportKind.TCP, server("other"))
            .server("spare", TransportKind.TCP, server("spare"))
            .allowPeers("spare", ONE)
            .applicationServer(new AsConfig("as-ext", 100, TrafficModeType.OVERRIDE).on("ext"))
            .applicationServer(new AsConfig("as-other", 200, TrafficModeType.LOADSHARE).on("other"))
            .route(PointCode.itu(101), "as-ext")
            .route(PointCode.itu(102), "as-other")
            .build();
    node.start();
    other = new RfcPeer(ONE, node.serverAddress("other"));
    other.send(RfcPeer.aspUp());
    assertThat(other.read().is(ASPSM, ASPUP_ACK)).isTrue();
    other.send(RfcPeer.aspActive(2, 200));
    assertThat(other.read().is(ASPTM, ASPAC_ACK)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    other.close();
    loop.call(
        () -> {
          node.stop();
          return null;
        },
        5_000);
    loop.close();
  }

  private static AssociationConfig server(String name) {
    return AssociationConfig.server(name, new InetSocketAddress(ONE, 0));
  }

  private SocketAddress at(String server) {
    return node.serverAddress(server);
  }

  /** The node sends four messages to each AS's point code. */
  private void traffic() throws Exception {
    loop.call(
        () -> {
          for (int sls = 0; sls < 4; sls++) {
            node.transfer(sccp(102, sls));
            node.transfer(sccp(101, sls));
          }
          return null;
        },
        5_000);
  }

  private static MtpTransfer sccp(int dpc, int sls) {
    return new MtpTransfer(
        PointCode.itu(2),
        PointCode.itu(dpc),
        ServiceIndicator.SCCP,
        NetworkIndicator.NATIONAL,
        0,
        sls,
        Octets.fromHex("0102" + Integer.toHexString(0x10 + dpc % 16)));
  }

  private long counter(Counter c) throws Exception {
    return loop.call(() -> node.counter(c), 5_000);
  }

  private static List<RfcPeer.Message> data(List<RfcPeer.Message> ms) {
    return ms.stream().filter(m -> m.is(TRANSFER, DATA)).toList();
  }

  /** The other AS's legitimate ASP got its four DATA, all with RC 200. */
  private void otherGotItsTraffic() throws IOException {
    List<RfcPeer.Message> got = data(other.untilBeatAck(77));
    assertThat(got).hasSize(4);
    assertThat(got).allMatch(m -> m.u32(TAG_ROUTING_CONTEXT) == 200);
  }

  /** ASP Up → ASP Up Ack (§3.5.2: the same bytes back, class 3 type 4, length 8). */
  private static void up(RfcPeer p) throws IOException {
    p.send(RfcPeer.aspUp());
    RfcPeer.Message ack = p.read();
    assertThat(ack.octets()).isEqualTo(Bytes.build().u8(1).u8(0).u8(3).u8(4).u32(8).octets());
  }

  private static RfcPeer.Message error(RfcPeer p) throws IOException {
    RfcPeer.Message m = p.read();
    assertThat(m.is(MGMT, ERR)).as("ERR expected, got %s", m).isTrue();
    return m;
  }

  @Test
  void admitted_with_its_rc_it_receives_the_data_of_its_as_only() throws Exception {
    try (RfcPeer p = new RfcPeer(ONE, at("ext"))) {
      up(p);
      p.send(RfcPeer.aspActive(1, 100));
      // §3.7.2: ASP Active Ack with the Traffic Mode Type and Routing Context of the request.
      assertThat(p.read().octets())
          .isEqualTo(
              Bytes.build()
                  .u8(1)
                  .u8(0)
                  .u8(4)
                  .u8(3)
                  .u32(24)
                  .u16(0x000b)
                  .u16(8)
                  .u32(1)
                  .u16(0x0006)
                  .u16(8)
                  .u32(100)
                  .octets());
      // §4.3.4.5: NTFY AS-ACTIVE (status type 1, info 3) for RC 100.
      RfcPeer.Message ntfy = p.read();
      assertThat(ntfy.is(MGMT, NTFY)).isTrue();
      assertThat(ntfy.u32(TAG_STATUS)).isEqualTo(0x0001_0003L);
      assertThat(ntfy.u32(TAG_ROUTING_CONTEXT)).isEqualTo(100);
      traffic();
      List<RfcPeer.Message> got = data(p.untilBeatAck(1));
      assertThat(got).hasSize(4);
      for (RfcPeer.Message m : got) {
        assertThat(m.u32(TAG_ROUTING_CONTEXT)).isEqualTo(100);
        byte[] pd = m.parameter(TAG_PROTOCOL_DATA);
        assertThat(RfcPeer.u32(pd, 0)).as("OPC").isEqualTo(2);
        assertThat(RfcPeer.u32(pd, 4)).as("DPC").isEqualTo(101);
        assertThat(pd[8]).as("SI SCCP").isEqualTo((byte) 3);
      }
      otherGotItsTraffic();
    }
  }

  @Test
  void refused_with_the_other_links_rc_it_gets_invalid_routing_context_and_no_data()
      throws Exception {
    try (RfcPeer p = new RfcPeer(ONE, at("ext"))) {
      up(p);
      p.send(RfcPeer.aspActive(2, 200));
      RfcPeer.Message err = error(p);
      assertThat(err.u32(TAG_ERROR_CODE)).as("Invalid Routing Context").isEqualTo(0x19);
      assertThat(err.u32(TAG_ROUTING_CONTEXT)).as("the RC as diagnostic").isEqualTo(200);
      traffic();
      assertThat(data(p.untilBeatAck(2))).isEmpty();
      otherGotItsTraffic();
    }
    assertThat(counter(Counter.REFUSED_ROUTING_CONTEXTS)).isEqualTo(1);
  }

  @Test
  void refused_without_rc_where_it_has_no_as_it_gets_no_configured_as_and_no_data()
      throws Exception {
    try (RfcPeer p = new RfcPeer(ONE, at("spare"))) {
      up(p);
      p.send(RfcPeer.aspActive(null));
      assertThat(error(p).u32(TAG_ERROR_CODE)).as("No Configured AS for ASP").isEqualTo(0x1a);
      traffic();
      assertThat(data(p.untilBeatAck(3))).isEmpty();
      otherGotItsTraffic();
    }
    assertThat(counter(Counter.REFUSED_NO_CONFIGURED_AS)).isEqualTo(1);
  }

  @Test
  void refused_with_a_wrong_traffic_mode_it_gets_unsupported_traffic_mode_and_no_data()
      throws Exception {
    try (RfcPeer p = new RfcPeer(ONE, at("ext"))) {
      up(p);
      p.send(RfcPeer.aspActive(2, 100)); // loadshare, the AS is override
      assertThat(error(p).u32(TAG_ERROR_CODE)).as("Unsupported Traffic Mode Type").isEqualTo(0x05);
      traffic();
      assertThat(data(p.untilBeatAck(4))).isEmpty();
      otherGotItsTraffic();
    }
    assertThat(counter(Counter.REFUSED_TRAFFIC_MODES)).isEqualTo(1);
  }

  @Test
  void refused_from_an_address_not_allowed_the_connection_is_closed() throws Exception {
    RfcPeer p;
    try {
      p = new RfcPeer(TWO, at("ext"));
    } catch (BindException e) {
      Assumptions.abort("cannot bind 127.0.0.2 as a second loopback source here: " + e);
      return;
    }
    try (p) {
      assertThat(p.closedByNode()).isTrue();
    }
    traffic();
    otherGotItsTraffic();
    assertThat(counter(Counter.REFUSED_PEERS)).isEqualTo(1);
  }

  @Test
  void data_with_the_other_links_rc_gets_invalid_routing_context_and_is_not_forwarded()
      throws Exception {
    try (RfcPeer p = new RfcPeer(ONE, at("ext"))) {
      up(p);
      p.send(RfcPeer.aspActive(1, 100));
      p.read(); // ASP Active Ack
      p.read(); // NTFY AS-ACTIVE
      p.send(RfcPeer.data(200, 101, 102, 1));
      RfcPeer.Message err = error(p);
      assertThat(err.u32(TAG_ERROR_CODE)).as("Invalid Routing Context").isEqualTo(0x19);
      assertThat(err.u32(TAG_ROUTING_CONTEXT)).isEqualTo(200);
      // Not forwarded: the other AS's ASP sees nothing of it.
      assertThat(data(other.untilBeatAck(5))).isEmpty();
      // With its own RC the same message goes through.
      p.send(RfcPeer.data(100, 101, 102, 1));
      assertThat(p.untilBeatAck(7)).isEmpty(); // the node has taken the DATA: no ERR
      List<RfcPeer.Message> through = data(other.untilBeatAck(6));
      assertThat(through).hasSize(1);
      assertThat(RfcPeer.u32(through.get(0).parameter(TAG_PROTOCOL_DATA), 0)).isEqualTo(101);
    }
    assertThat(counter(Counter.REFUSED_DATA)).isEqualTo(1);
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
