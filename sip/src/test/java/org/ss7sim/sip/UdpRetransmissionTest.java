package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 over UDP against a peer written here (a datagram socket, so every retransmission is
 * seen): the gateway repeats an unanswered INVITE (Timer A, §17.1.1.2) with the same branch,
 * absorbs a repeated INVITE into the one call and answers it with its last provisional response
 * again (§17.2.1), repeats its 200 until the ACK (§13.3.1.4), and answers a method it does not
 * support with 405 and Allow (§8.2.1), counting it. Every wait is a bounded socket receive.
 */
class UdpRetransmissionTest {
  private static final int RECEIVE_TIMEOUT_MS = 5000;

  static DatagramSocket peer() throws Exception {
    DatagramSocket s = new DatagramSocket(new InetSocketAddress(TestGateway.LOOPBACK, 0));
    s.setSoTimeout(RECEIVE_TIMEOUT_MS);
    return s;
  }

  static void send(DatagramSocket s, int port, String text) throws Exception {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    s.send(new DatagramPacket(b, b.length, new InetSocketAddress(TestGateway.LOOPBACK, port)));
  }

  /** The next datagram, as text (fails after 5 s without one). */
  static String receive(DatagramSocket s) throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[65_535], 65_535);
    try {
      s.receive(p);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("nothing received within " + RECEIVE_TIMEOUT_MS + " ms", e);
    }
    return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
  }

  /** Datagrams up to the first that starts with {@code start} (at most 20), that one last. */
  static List<String> receiveUntil(DatagramSocket s, String start) throws Exception {
    return receiveUntil(s, m -> m.startsWith(start));
  }

  /** Datagrams up to the first that {@code last} accepts (at most 20), that one last. */
  static List<String> receiveUntil(DatagramSocket s, Predicate<String> last) throws Exception {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String m = receive(s);
      seen.add(m);
      if (last.test(m)) {
        return seen;
      }
    }
    throw new AssertionError("not found in " + seen);
  }

  /** An INVITE from the peer at {@code localPort} with an SDP offer the gateway accepts (PCMU). */
  static String invite(int gatewayPort, int localPort, String callId) {
    String sdp =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    return "INVITE sip:4930123@127.0.0.1:"
        + gatewayPort
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:"
        + localPort
        + ";branch=z9hG4bK-"
        + callId
        + "\r\n"
        + "From: <sip:4969000@127.0.0.1>;tag=x1\r\n"
        + "To: <sip:4930123@127.0.0.1>\r\n"
        + "Call-ID: "
        + callId
        + "\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <sip:4969000@127.0.0.1:"
        + localPort
        + ">\r\n"
        + "Max-Forwards: 70\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: "
        + sdp.length()
        + "\r\n\r\n"
        + sdp;
  }

  static String header(String message, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + ":\\s*(.*?)\\r?$").matcher(message);
    assertThat(m.find()).as(name + " in " + message).isTrue();
    return m.group(1);
  }

  @Test
  void an_unanswered_invite_is_repeated_with_the_same_branch_until_a_response_timer_a()
      throws Exception {
    try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER);
        DatagramSocket peer = peer()) {
      int port = peer.getLocalPort();
      gw.gateway.invite(
          new OutgoingInvite(
              SipUri.sip("4930123", "127.0.0.1", port),
              SipUri.sip("4969000", "127.0.0.1"),
              Optional.empty(),
              Set.of(),
              new InetSocketAddress(TestGateway.LOOPBACK, port),
              "udp"));
      String first = receive(peer);
      String again = receive(peer); // nothing answered: Timer A (T1 = 500 ms) fires
      assertThat(first).startsWith("INVITE ");
      assertThat(again).isEqualTo(first);
      assertThat(header(first, "Via")).contains(";branch=z9hG4bK");

      // a final error stops the repeats; the gateway ACKs it (§17.1.1.3) and ends the call
      String busy =
          "SIP/2.0 486 Busy Here\r\n"
              + "Via: "
              + header(first, "Via")
              + "\r\n"
              + "From: "
              + header(first, "From")
              + "\r\n"
              + "To: "
              + header(first, "To")
              + ";tag=peer1\r\n"
              + "Call-ID: "
              + header(first, "Call-ID")
              + "\r\n"
              + "CSeq: 1 INVITE\r\n"
              + "Content-Length: 0\r\n\r\n";
      send(peer, gw.port, busy);
      List<String> after = receiveUntil(peer, "ACK ");
      assertThat(after).allSatisfy(m -> assertThat(m).matches("(?s)(INVITE|ACK) .*"));
      assertThat(gw.next()).isEqualTo("ended REJECTED 486");
      assertThat(gw.gateway.activeCalls()).isZero();
      // one call (its INVITE was on the wire twice, as received above)
      assertThat(gw.gateway.counters().snapshot()).containsEntry("invitesSent", 1L);
    }
  }

  @Test
  void a_repeated_invite_is_the_same_call_and_gets_the_last_provisional_response_again()
      throws Exception {
    try (TestGateway gw = new TestGateway(TestGateway.Policy.RING_ONLY);
        DatagramSocket peer = peer()) {
      String invite = invite(gw.port, peer.getLocalPort(), "repeat-1");
      send(peer, gw.port, invite);
      List<String> first = receiveUntil(peer, "SIP/2.0 180 ");
      assertThat(first.get(0)).startsWith("SIP/2.0 100 ");
      assertThat(gw.next()).isEqualTo("incoming 4930123");

      send(peer, gw.port, invite); // as if the 180 were lost
      String again = receive(peer);
      assertThat(again).startsWith("SIP/2.0 180 ");
      assertThat(header(again, "To")).isEqualTo(header(first.get(first.size() - 1), "To"));
      assertThat(gw.events).isEmpty(); // no second call
      assertThat(gw.gateway.activeCalls()).isEqualTo(1);
      assertThat(gw.gateway.counters().snapshot()).containsEntry("invitesReceived", 1L);
      assertThat(gw.gateway.counters().requests("INVITE", false)).isEqualTo(2);
    }
  }

  @Test
  void the_200_is_repeated_until_the_ack_arrives() throws Exception {
    try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER);
        DatagramSocket peer = peer()) {
      send(peer, gw.port, invite(gw.port, peer.getLocalPort(), "ok-1"));
      List<String> first = receiveUntil(peer, "SIP/2.0 200 ");
      String ok = first.get(first.size() - 1);
      String again = receive(peer); // no ACK yet
      assertThat(again).startsWith("SIP/2.0 200 ");
      assertThat(header(again, "To")).isEqualTo(header(ok, "To"));
      assertThat(again).contains("application/sdp");

      String ack =
          "ACK sip:4930123@127.0.0.1:"
              + gw.port
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 127.0.0.1:"
              + peer.getLocalPort()
              + ";branch=z9hG4bK-ok-1-ack\r\n"
              + "From: <sip:4969000@127.0.0.1>;tag=x1\r\n"
              + "To: "
              + header(ok, "To")
              + "\r\n"
              + "Call-ID: ok-1\r\n"
              + "CSeq: 1 ACK\r\n"
              + "Max-Forwards: 70\r\n"
              + "Content-Length: 0\r\n\r\n";
      send(peer, gw.port, ack);
      // then BYE: its 200 comes after the ACK was handled (one message thread, arrival order)
      send(
          peer,
          gw.port,
          ack.replace("ACK sip:", "BYE sip:")
              .replace("-ack\r\n", "-bye\r\n")
              .replace("CSeq: 1 ACK", "CSeq: 2 BYE"));
      List<String> rest =
          receiveUntil(peer, m -> m.startsWith("SIP/2.0 200 ") && m.contains("BYE"));
      assertThat(header(rest.get(rest.size() - 1), "CSeq")).isEqualTo("2 BYE");
      assertThat(gw.next()).isEqualTo("incoming 4930123");
      assertThat(gw.next()).isEqualTo("ended BYE 200");
      assertThat(gw.gateway.activeCalls()).isZero();
      assertThat(gw.gateway.counters().requests("ACK", false)).isEqualTo(1);
    }
  }

  @Test
  void a_method_the_gateway_does_not_support_gets_405_with_allow_and_is_counted() throws Exception {
    try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER);
        DatagramSocket peer = peer()) {
      String register =
          "REGISTER sip:127.0.0.1:"
              + gw.port
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 127.0.0.1:"
              + peer.getLocalPort()
              + ";branch=z9hG4bK-reg-1\r\n"
              + "From: <sip:4969000@127.0.0.1>;tag=r1\r\n"
              + "To: <sip:4969000@127.0.0.1>\r\n"
              + "Call-ID: reg-1\r\n"
              + "CSeq: 1 REGISTER\r\n"
              + "Contact: <sip:4969000@127.0.0.1:"
              + peer.getLocalPort()
              + ">\r\n"
              + "Max-Forwards: 70\r\n"
              + "Content-Length: 0\r\n\r\n";
      send(peer, gw.port, register);
      String answer = receive(peer);
      assertThat(answer).startsWith("SIP/2.0 405 ");
      assertThat(header(answer, "Allow")).isEqualTo(SipGateway.ALLOW);
      assertThat(header(answer, "Call-ID")).isEqualTo("reg-1");
      assertThat(gw.gateway.counters().snapshot()).containsEntry("methodNotAllowed", 1L);
      assertThat(gw.events).isEmpty();
    }
  }
}
