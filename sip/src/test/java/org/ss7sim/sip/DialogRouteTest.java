package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.sip.UdpRetransmissionTest.header;
import static org.ss7sim.sip.UdpRetransmissionTest.invite;
import static org.ss7sim.sip.UdpRetransmissionTest.peer;
import static org.ss7sim.sip.UdpRetransmissionTest.receiveUntil;
import static org.ss7sim.sip.UdpRetransmissionTest.send;

import java.net.DatagramSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Record-Route and the dialog's route set (RFC 3261 §12.1.1, §12.2.1.1, §16.12.1): an INVITE that
 * passed a proxy (a second socket here, named in Record-Route) is answered with the Record-Route
 * copied into the 200, and the gateway's BYE in that dialog goes to the proxy, with the proxy in a
 * Route header and the caller's Contact as Request-URI.
 */
class DialogRouteTest {
  @Test
  void a_bye_in_a_record_routed_dialog_goes_through_the_proxy_with_a_route_header()
      throws Exception {
    try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER);
        DatagramSocket caller = peer();
        DatagramSocket proxy = peer()) {
      String recordRoute = "<sip:127.0.0.1:" + proxy.getLocalPort() + ";lr>";
      String invite =
          invite(gw.port, caller.getLocalPort(), "rr-1")
              .replace(
                  "Max-Forwards: 70\r\n",
                  "Max-Forwards: 70\r\nRecord-Route: " + recordRoute + "\r\n");
      send(caller, gw.port, invite);
      List<String> toInvite = receiveUntil(caller, "SIP/2.0 200 ");
      String ok = toInvite.get(toInvite.size() - 1);
      assertThat(header(ok, "Record-Route")).isEqualTo(recordRoute);
      String ack =
          "ACK sip:gw@127.0.0.1:"
              + gw.port
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 127.0.0.1:"
              + caller.getLocalPort()
              + ";branch=z9hG4bK-rr-1-ack\r\n"
              + "From: <sip:4969000@127.0.0.1>;tag=x1\r\n"
              + "To: "
              + header(ok, "To")
              + "\r\n"
              + "Call-ID: rr-1\r\n"
              + "CSeq: 1 ACK\r\n"
              + "Max-Forwards: 70\r\n"
              + "Content-Length: 0\r\n\r\n";
      send(caller, gw.port, ack);
      IncomingCall call = gw.incoming.poll(10, TimeUnit.SECONDS);
      assertThat(call).isNotNull();

      gw.gateway.hangUp(call.ref(), 16);
      String bye = receiveUntil(proxy, "BYE ").get(0);
      assertThat(bye)
          .startsWith("BYE sip:4969000@127.0.0.1:" + caller.getLocalPort() + " SIP/2.0\r\n");
      assertThat(header(bye, "Route")).isEqualTo(recordRoute);
      assertThat(header(bye, "Call-ID")).isEqualTo("rr-1");
      assertThat(header(bye, "Reason")).isEqualTo("Q.850;cause=16");
    }
  }
}
