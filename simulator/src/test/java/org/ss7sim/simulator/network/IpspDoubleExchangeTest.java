package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.testing.RfcPeer;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.wire.Octets;

/**
 * IPSP double exchange ({@code role: ipsp-de}, RFC 4666 §4.3.4.1 and §4.3.4.3 for IPSPs: each side
 * sends its own ASP Up and ASP Active and acknowledges the other's) over TCP between a simulated
 * switch and an external SCP played by {@link RfcPeer} (hand-written bytes): with the switch
 * listening and with the switch connecting. Every message of both exchanges is checked byte for
 * byte; then an SCCP SST for the switch's SSN 241 (Q.713 §5.3) crosses the link and its SSA comes
 * back in DATA with the link's routing context, proving traffic flows once both sides are active.
 */
class IpspDoubleExchangeTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final int SSP = (1 << 11) | (2 << 3) | 1; // 1-2-1
  private static final int SCP = (1 << 11) | (3 << 3) | 1; // 1-3-1
  private static final long RC = 30;

  // RFC 4666 §3.5.1/§3.5.2, §3.7.1/§3.7.2: the exchange's messages, no optional parameter
  private static final String ASP_UP = "01000301" + "00000008";
  private static final String ASP_UP_ACK = "01000304" + "00000008";
  private static final String TRAFFIC_MODE_LOADSHARE = "000b0008" + "00000002";
  private static final String RC_30 = "00060008" + "0000001e";

  @TempDir Path dir;
  SimNetwork net;

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  private int start(String link) throws Exception {
    String yaml =
        """
        name: ipsp-de
        nodes:
          - name: ssp-a
            kind: ssp
            point_code: 1-2-1
            ssns: [241]
            lines:
              - {prefix: "999201", behaviour: answer}
            links:
              - name: to-scp
                peer: scp
                role: ipsp-de
                routing_context: 30
        %s  - name: scp
            kind: scp
            external: true
            point_code: 1-3-1
            ssns: [241]
        """
            .formatted(link);
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("ipsp-de.yaml"), yaml));
    NodeKinds kinds = new NodeKinds(n, true, dir);
    net = SimNetwork.start(n, Set.of(), null, kinds::logicFor);
    return n.node("ssp-a").orElseThrow().networkIndicator().code();
  }

  @Test
  void the_switch_listens_both_sides_go_up_and_active_and_traffic_flows() throws Exception {
    int ni =
        start(
            "        listen: true\n"
                + "        local: 127.0.0.1:0\n"
                + "        allowed_peers: 127.0.0.1\n");
    InetSocketAddress at = net.node("ssp-a").orElseThrow().listenerAddress("to-scp");
    try (RfcPeer scp = new RfcPeer(InetAddress.getLoopbackAddress(), at)) {
      Exchange x = new Exchange(scp);
      scp.send(hex(ASP_UP));
      x.expect(ASP_UP_ACK, "our ASP Up acknowledged");
      x.expect(ASP_UP, "the switch's own ASP Up (double exchange)");
      scp.send(hex(ASP_UP_ACK));
      scp.send(RfcPeer.aspActive(2, RC));
      x.expect(
          "01000403" + "00000018" + TRAFFIC_MODE_LOADSHARE + RC_30,
          "our ASP Active acknowledged with its traffic mode and RC");
      x.expect("01000401" + "00000010" + RC_30, "the switch's own ASP Active for RC 30");
      scp.send(hex("01000403" + "00000010" + RC_30));
      sstAnsweredWithSsa(scp, x, ni);
    }
  }

  @Test
  void the_switch_connects_both_sides_go_up_and_active_and_traffic_flows() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(10_000);
      int ni =
          start(
              "        listen: false\n"
                  + "        remote: 127.0.0.1:"
                  + listener.getLocalPort()
                  + "\n");
      try (Socket accepted = listener.accept();
          RfcPeer scp = new RfcPeer(accepted)) {
        Exchange x = new Exchange(scp);
        x.expect(ASP_UP, "the switch's ASP Up");
        scp.send(hex(ASP_UP_ACK));
        scp.send(hex(ASP_UP));
        // the switch answers our ASP Up and, being up, activates: in either order
        String active = "01000401" + "00000018" + TRAFFIC_MODE_LOADSHARE + RC_30;
        assertThat(List.of(x.next(), x.next()))
            .as("ASP Up Ack for our ASP Up, and the switch's ASP Active")
            .containsExactlyInAnyOrder(ASP_UP_ACK, active);
        scp.send(hex("01000403" + "00000018" + TRAFFIC_MODE_LOADSHARE + RC_30));
        scp.send(RfcPeer.aspActive(2, RC));
        x.expect(
            "01000403" + "00000018" + TRAFFIC_MODE_LOADSHARE + RC_30,
            "our own ASP Active acknowledged (double exchange)");
        sstAnsweredWithSsa(scp, x, ni);
      }
    }
  }

  /** SST for SSN 241 at the switch, from the SCP's SCMG: SSA back in DATA with RC 30. */
  private static void sstAnsweredWithSsa(RfcPeer scp, Exchange x, int ni) throws Exception {
    byte[] sst =
        Bytes.build()
            .u8(0x09) // UDT (Q.713 §4.10), class 0
            .u8(0x00)
            .u8(3)
            .u8(3 + 4)
            .u8(3 + 4 + 4)
            .u8(4) // called: route on SSN, PC, SSN 1 (SCMG)
            .u8(0x43)
            .u8(SSP & 0xff)
            .u8(SSP >> 8)
            .u8(1)
            .u8(4) // calling: the SCP's SCMG
            .u8(0x43)
            .u8(SCP & 0xff)
            .u8(SCP >> 8)
            .u8(1)
            .u8(5) // SST (Q.713 §5.3): SSN 241 at 1-2-1, SMI 0
            .u8(0x03)
            .u8(241)
            .u8(SSP & 0xff)
            .u8(SSP >> 8)
            .u8(0)
            .octets()
            .toByteArray();
    scp.send(RfcPeer.data(RC, SCP, SSP, 3, ni, 5, sst));
    RfcPeer.Message data = x.nextData();
    assertThat(data.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(RC);
    byte[] u = RfcPeer.userData(data);
    assertThat(u[0]).as("UDT").isEqualTo((byte) 0x09);
    int at = 4 + (u[4] & 0xff);
    byte[] ssa = new byte[u[at] & 0xff];
    System.arraycopy(u, at + 1, ssa, 0, ssa.length);
    assertThat(HEX.formatHex(ssa))
        .as("SSA, SSN 241 at 1-2-1, SMI 0")
        .isEqualTo("01f1" + HEX.formatHex(new byte[] {(byte) SSP, (byte) (SSP >> 8)}) + "00");
  }

  private static Octets hex(String h) {
    return Octets.wrap(HEX.parseHex(h));
  }

  /**
   * What the switch sends, in order: notifications (NTFY), SSNM (DAUD, DUNA, DAVA) and heartbeats
   * are skipped, as is a retransmission of a message already seen (the switch retries unanswered
   * ASP Up / ASP Active after 300 ms, which a loaded machine may reach).
   */
  private static final class Exchange {
    private final RfcPeer peer;
    private final List<String> seen = new ArrayList<>();

    Exchange(RfcPeer peer) {
      this.peer = peer;
    }

    String next() throws Exception {
      for (int i = 0; i < 100; i++) {
        RfcPeer.Message m = peer.read();
        String h = HEX.formatHex(m.bytes());
        if (m.is(RfcPeer.MGMT, RfcPeer.NTFY)
            || m.messageClass() == 2
            || m.is(RfcPeer.ASPSM, RfcPeer.BEAT)
            || m.messageClass() == RfcPeer.TRANSFER
            || seen.contains(h)) {
          continue;
        }
        assertThat(m.is(RfcPeer.MGMT, RfcPeer.ERR)).as("ERR from the switch: " + m).isFalse();
        seen.add(h);
        return h;
      }
      throw new AssertionError("nothing but notifications within 100 messages");
    }

    void expect(String hex, String what) throws Exception {
      assertThat(next()).as(what).isEqualTo(hex);
    }

    RfcPeer.Message nextData() throws Exception {
      for (int i = 0; i < 100; i++) {
        RfcPeer.Message m = peer.read();
        assertThat(m.is(RfcPeer.MGMT, RfcPeer.ERR)).as("ERR from the switch: " + m).isFalse();
        if (m.is(RfcPeer.TRANSFER, RfcPeer.DATA)) {
          return m;
        }
      }
      throw new AssertionError("no DATA within 100 messages");
    }
  }
}
