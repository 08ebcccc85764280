package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The wire tap sees a received message as the octets that arrived, not as the library re-encodes
 * it: compact header names, spacing and the body stay as the peer wrote them, over UDP (one
 * datagram) and over TCP (header section and body read from the stream).
 */
class RawBytesTapTest {
  static String invite(int gatewayPort, int localPort, String transport, String callId) {
    String sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n";
    return "INVITE sip:4930123@127.0.0.1:"
        + gatewayPort
        + " SIP/2.0\r\n"
        + "v:  SIP/2.0/"
        + transport
        + " 127.0.0.1:"
        + localPort
        + ";branch=z9hG4bK-"
        + callId
        + "\r\n"
        + "f: <sip:4969000@127.0.0.1>;tag=x1\r\n"
        + "t:<sip:4930123@127.0.0.1>\r\n"
        + "i: "
        + callId
        + "\r\n"
        + "CSeq:   1 INVITE\r\n"
        + "m: <sip:4969000@127.0.0.1:"
        + localPort
        + ">\r\n"
        + "Max-Forwards: 70\r\n"
        + "c: application/sdp\r\n"
        + "l: "
        + sdp.length()
        + "\r\n\r\n"
        + sdp;
  }

  /** A tap that completes with the first received message of {@code callId}. */
  static SipWireTap waitingFor(String callId, CompletableFuture<SipWireTap.Message> first) {
    return m -> {
      if (!m.outbound() && m.callId().equals(callId)) {
        first.complete(m);
      }
    };
  }

  @Test
  void a_datagram_is_tapped_as_received() throws Exception {
    CompletableFuture<SipWireTap.Message> received = new CompletableFuture<>();
    try (TestGateway gw =
            new TestGateway(
                TestGateway.Policy.BUSY,
                Set.of(TestGateway.LOOPBACK),
                waitingFor("raw-udp", received));
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(TestGateway.LOOPBACK, 0))) {
      byte[] sent =
          invite(gw.port, s.getLocalPort(), "UDP", "raw-udp").getBytes(StandardCharsets.UTF_8);
      s.send(
          new DatagramPacket(
              sent, sent.length, new InetSocketAddress(TestGateway.LOOPBACK, gw.port)));
      SipWireTap.Message m = received.get(20, TimeUnit.SECONDS);
      assertThat(new String(m.bytes().toByteArray(), StandardCharsets.UTF_8))
          .isEqualTo(new String(sent, StandardCharsets.UTF_8));
      assertThat(m.transport()).isEqualTo("udp");
      assertThat(m.source().getPort()).isEqualTo(s.getLocalPort());
    }
  }

  @Test
  void a_message_read_from_a_tcp_stream_is_tapped_as_received() throws Exception {
    CompletableFuture<SipWireTap.Message> received = new CompletableFuture<>();
    try (TestGateway gw =
            new TestGateway(
                TestGateway.Policy.BUSY,
                Set.of(TestGateway.LOOPBACK),
                waitingFor("raw-tcp", received));
        Socket s = new Socket(TestGateway.LOOPBACK, gw.port)) {
      byte[] sent =
          invite(gw.port, s.getLocalPort(), "TCP", "raw-tcp").getBytes(StandardCharsets.UTF_8);
      OutputStream out = s.getOutputStream();
      out.write(sent);
      out.flush();
      SipWireTap.Message m = received.get(20, TimeUnit.SECONDS);
      assertThat(new String(m.bytes().toByteArray(), StandardCharsets.UTF_8))
          .isEqualTo(new String(sent, StandardCharsets.UTF_8));
      assertThat(m.transport()).isEqualTo("tcp");
    }
  }
}
