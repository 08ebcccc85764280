package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.Sipp;

/** The gateway against SIPp, a real SIP endpoint, on the loopback. */
class SipGatewaySippTest {
  @TempDir Path dir;

  @BeforeEach
  void sippInstalled() {
    Sipp.assumeInstalled();
  }

  private static List<String> uac(String target, String... more) {
    List<String> args = new ArrayList<>(List.of(target, "-s", "9992021000"));
    args.addAll(List.of(more));
    return args;
  }

  @Nested
  class Calls_from_sipp_rfc3261_section_13 {
    @Test
    void sipp_uac_calls_are_all_answered_and_released() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sn", "uac", "-m", "5", "-r", "5", "-l", "2"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).isEqualTo(5);
        assertThat(r.stat("FailedCall(C)")).isZero();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          seen.add(gw.next());
        }
        assertThat(seen.stream().filter(e -> e.equals("incoming 9992021000")).count()).isEqualTo(5);
        assertThat(seen.stream().filter(e -> e.equals("ended BYE 200")).count()).isEqualTo(5);
        assertThat(gw.gateway.activeCalls()).isZero();
        assertThat(gw.gateway.counters().snapshot()).containsEntry("invitesReceived", 5L);
      }
    }

    @Test
    void sipp_uac_over_tcp_is_answered() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sn", "uac", "-t", "t1", "-m", "2", "-r", "2"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).isEqualTo(2);
        IncomingCall call = gw.incoming.take();
        assertThat(call.transport()).isEqualTo("tcp");
        assertThat(gw.gateway.counters().snapshot()).containsEntry("invitesReceived", 2L);
        assertThat(call.from().user()).isEqualTo("sipp");
      }
    }

    @Test
    void cancel_before_answer_gets_200_and_487_and_ends_the_call() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.RING_ONLY)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_cancel.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stat("SuccessfulCall(C)")).isEqualTo(1);
        assertThat(gw.next()).isEqualTo("incoming 9992021000");
        assertThat(gw.next()).isEqualTo("ended CANCEL 487 cause 31");
        assertThat(gw.gateway.activeCalls()).isZero();
      }
    }

    @Test
    void p_asserted_identity_and_privacy_reach_the_user() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_pai.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        IncomingCall call = gw.incoming.take();
        assertThat(call.assertedIdentity()).contains(SipUri.sip("+4930123456", "127.0.0.1"));
        assertThat(call.privacy()).containsExactlyInAnyOrder("id", "critical");
        assertThat(call.from().user()).isEqualTo("anonymous");
        assertThat(call.requestUri().user()).isEqualTo("9992021000");
      }
    }
  }

  @Nested
  class Calls_to_sipp {
    @Test
    void hang_up_before_answer_sends_cancel_with_reason_and_acks_the_487() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        gw.hangUpOnRinging = true;
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uas_cancelled.xml", dir);
        try (Sipp sipp =
            Sipp.start(
                dir, Duration.ofSeconds(30), List.of("-sf", scenario.toString(), "-m", "1"))) {
          gw.gateway.invite(
              new OutgoingInvite(
                  SipUri.sip("4930123", "127.0.0.1", sipp.port()),
                  SipUri.sip("4969000", "127.0.0.1"),
                  Optional.empty(),
                  Set.of(),
                  new InetSocketAddress(TestGateway.LOOPBACK, sipp.port()),
                  "udp"));
          assertThat(gw.next()).isEqualTo("progress 180");
          Sipp.Result r = sipp.finish(Duration.ofSeconds(45));

          assertThat(r.exitCode()).as(r.output()).isZero();
          assertThat(r.stat("SuccessfulCall(C)")).isEqualTo(1);
        }
        assertThat(gw.gateway.activeCalls()).isZero();
        assertThat(gw.events).isEmpty(); // a call we cancelled ends without an indication
      }
    }

    @Test
    void sipp_uas_answers_our_invites_and_takes_our_byes() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        gw.hangUpOnAnswer = true;
        try (Sipp sipp =
            Sipp.start(dir, Duration.ofSeconds(30), List.of("-sn", "uas", "-m", "3"))) {
          // SIPp holds its port before the first INVITE leaves
          for (int i = 0; i < 3; i++) {
            gw.gateway.invite(
                new OutgoingInvite(
                    SipUri.sip("49301234" + i, "127.0.0.1", sipp.port()),
                    SipUri.sip("4969000", "127.0.0.1"),
                    Optional.of(SipUri.sip("+4969000", "127.0.0.1")),
                    Set.of(),
                    new InetSocketAddress(TestGateway.LOOPBACK, sipp.port()),
                    "udp"));
          }
          List<String> seen = new ArrayList<>();
          while (seen.stream().filter("answered"::equals).count() < 3) {
            seen.add(gw.next());
          }
          Sipp.Result r = sipp.finish(Duration.ofSeconds(45));

          assertThat(r.exitCode()).as(r.output()).isZero();
          assertThat(r.stat("SuccessfulCall(C)")).isEqualTo(3);
          assertThat(seen).containsOnly("progress 180", "answered").hasSize(6);
        }
        assertThat(gw.gateway.activeCalls()).isZero();
        assertThat(gw.gateway.counters().snapshot()).containsEntry("invitesSent", 3L);
      }
    }
  }

  @Nested
  class Rejections {
    @Test
    void reject_sends_the_status_with_a_q850_reason_header() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.BUSY)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_rejected.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.next()).isEqualTo("incoming 9992021000");
        assertThat(gw.gateway.activeCalls()).isZero();
      }
    }
  }

  @Nested
  class Bad_input {
    @Test
    void sipp_gets_400_for_a_malformed_from_header() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_malformed.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().malformed()).isEqualTo(1);
        assertThat(gw.events).isEmpty();
      }
    }

    @Test
    void malformed_cseq_gets_a_well_formed_400_without_the_bad_header() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER);
          DatagramSocket peer = new DatagramSocket(0, TestGateway.LOOPBACK)) {
        peer.setSoTimeout(5000);
        String request =
            "INVITE sip:9992021000@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:"
                + peer.getLocalPort()
                + ";branch=z9hG4bK-malformed\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\n"
                + "To: <sip:9992021000@127.0.0.1>\r\n"
                + "Call-ID: malformed-1\r\n"
                + "CSeq: notanumber INVITE\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
        byte[] b = request.getBytes(StandardCharsets.US_ASCII);
        peer.send(
            new DatagramPacket(b, b.length, new InetSocketAddress(TestGateway.LOOPBACK, gw.port)));
        DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
        peer.receive(answer);

        String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8);
        assertThat(text)
            .startsWith("SIP/2.0 400 Bad Request\r\n")
            .contains("Call-ID: malformed-1\r\n")
            .contains("To: <sip:9992021000@127.0.0.1>;tag=")
            .contains("CSeq: 0 INVITE\r\n")
            .contains("Warning: 399 ss7sim \"")
            .doesNotContain("\nCSeq: notanumber");
        assertThat(gw.gateway.counters().malformed()).isEqualTo(1);
        assertThat(gw.events).isEmpty();
      }
    }

    @Test
    void invite_from_a_peer_not_configured_gets_403_and_is_counted() throws Exception {
      try (TestGateway gw =
          new TestGateway(TestGateway.Policy.ANSWER, Set.of(InetAddress.getByName("127.0.0.2")))) {
        Path scenario =
            Sipp.scenario(
                TestGateway.class,
                "/sipp/uac_expect.xml",
                dir,
                Map.of(
                    "EXPECTED",
                    "403",
                    "CONTENT_TYPE",
                    "application/sdp",
                    "EXTRA_HEADER",
                    "Subject: t"));
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().forbiddenPeer()).isEqualTo(1);
        assertThat(gw.events).isEmpty();
      }
    }

    @Test
    void body_other_than_sdp_gets_415() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario =
            Sipp.scenario(
                TestGateway.class,
                "/sipp/uac_expect.xml",
                dir,
                Map.of(
                    "EXPECTED", "415", "CONTENT_TYPE", "text/plain", "EXTRA_HEADER", "Subject: t"));
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().unsupportedMediaType()).isEqualTo(1);
      }
    }

    @Test
    void require_of_an_extension_gets_420() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario =
            Sipp.scenario(
                TestGateway.class,
                "/sipp/uac_expect.xml",
                dir,
                Map.of(
                    "EXPECTED",
                    "420",
                    "CONTENT_TYPE",
                    "application/sdp",
                    "EXTRA_HEADER",
                    "Require: 100rel"));
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().snapshot()).containsEntry("badExtension", 1L);
        assertThat(gw.events).isEmpty();
      }
    }

    @Test
    void sdp_without_an_acceptable_audio_stream_gets_488() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_bad_sdp.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().notAcceptableSdp()).isEqualTo(1);
      }
    }

    @Test
    void bye_for_no_dialog_gets_481() throws Exception {
      try (TestGateway gw = new TestGateway(TestGateway.Policy.ANSWER)) {
        Path scenario = Sipp.scenario(TestGateway.class, "/sipp/uac_stray_bye.xml", dir);
        Sipp.Result r =
            Sipp.run(
                dir,
                Duration.ofSeconds(30),
                uac(gw.target(), "-sf", scenario.toString(), "-m", "1"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(gw.gateway.counters().unknownDialog()).isEqualTo(1);
      }
    }
  }
}
