package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

/**
 * SIP-I (Q.1912.5 profile A): an INVITE carrying an encapsulated IAM (RFC 3204) from one gateway to
 * another, in process: the receiver is given the ISUP message as sent, and the call proceeds on the
 * SDP beside it.
 */
class SipIInviteTest {
  @Test
  void the_encapsulated_iam_reaches_the_far_gateway_and_the_call_is_answered() throws Exception {
    List<SipWireTap.Message> wire = new CopyOnWriteArrayList<>();
    try (TestGateway a =
            new TestGateway(TestGateway.Policy.ANSWER, Set.of(TestGateway.LOOPBACK), wire::add);
        TestGateway b = new TestGateway(TestGateway.Policy.ANSWER)) {
      // IAM from its message type code: type 01, NCI, FCI, CPC, TMR, pointers, called number
      Octets iam = Octets.fromHex("0100600a000203000683109999200201");
      SipCallRef ref =
          a.gateway.invite(
              new OutgoingInvite(
                      SipUri.sip("9999202", "127.0.0.1", b.port),
                      SipUri.sip("4969000", "127.0.0.1"),
                      Optional.empty(),
                      Set.of(),
                      new InetSocketAddress(TestGateway.LOOPBACK, b.port),
                      "udp")
                  .withIsup(iam));
      IncomingCall in = b.incoming.poll(10, TimeUnit.SECONDS);
      assertThat(in).isNotNull();
      assertThat(in.isup()).contains(iam);
      assertThat(a.next()).isEqualTo("progress 180");
      assertThat(a.next()).isEqualTo("answered");
      a.gateway.hangUp(ref, 16);
      assertThat(b.next()).isEqualTo("incoming 9999202");
      assertThat(b.next()).isEqualTo("ended BYE 200 cause 16");
      String invite =
          wire.stream()
              .filter(m -> m.outbound())
              .map(m -> new String(m.bytes().toByteArray(), StandardCharsets.ISO_8859_1))
              .filter(t -> t.startsWith("INVITE "))
              .findFirst()
              .orElseThrow();
      assertThat(invite)
          .contains("Content-Type: multipart/mixed;boundary=ss7sim-sip-i")
          .contains("Content-Type: application/ISUP;version=itu-t92+");
    }
  }
}
