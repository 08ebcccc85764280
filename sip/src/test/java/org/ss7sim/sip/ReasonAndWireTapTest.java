package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.Sipp;

/**
 * Reason headers with Q.850 causes (RFC 3326) both ways on BYE and on error responses, and the
 * {@link SipWireTap} that sees each message as on the wire, against SIPp as the far end.
 */
class ReasonAndWireTapTest {
  @TempDir Path dir;
  final List<SipWireTap.Message> wire = new CopyOnWriteArrayList<>();

  @BeforeEach
  void sippInstalled() {
    Sipp.assumeInstalled();
  }

  static String text(SipWireTap.Message m) {
    return new String(m.bytes().toByteArray(), StandardCharsets.UTF_8);
  }

  /** "> INVITE", "< 183" …: direction and method or status of each tapped message. */
  List<String> ladder() {
    List<String> l = new ArrayList<>();
    for (SipWireTap.Message m : wire) {
      String first = text(m).lines().findFirst().orElse("");
      String what = first.startsWith("SIP/2.0 ") ? first.split(" ")[1] : first.split(" ")[0];
      l.add((m.outbound() ? "> " : "< ") + what);
    }
    return l;
  }

  Sipp uas(String scenario) throws Exception {
    Path file = Sipp.scenario(TestGateway.class, "/sipp/" + scenario, dir);
    return Sipp.start(dir, Duration.ofSeconds(30), List.of("-sf", file.toString(), "-m", "1"));
  }

  static OutgoingInvite invite(int port) {
    return new OutgoingInvite(
        SipUri.sip("4930123", "127.0.0.1", port),
        SipUri.sip("4969000", "127.0.0.1"),
        Optional.empty(),
        Set.of(),
        new InetSocketAddress(TestGateway.LOOPBACK, port),
        "udp");
  }

  @Test
  void progress_answer_and_a_bye_with_reason_reach_the_user_and_the_tap() throws Exception {
    try (TestGateway gw =
            new TestGateway(TestGateway.Policy.ANSWER, Set.of(TestGateway.LOOPBACK), wire::add);
        Sipp sipp = uas("uas_progress_bye.xml")) {
      int port = sipp.port();
      SipCallRef ref = gw.gateway.invite(invite(port));
      assertThat(gw.next()).isEqualTo("progress 183");
      assertThat(gw.next()).isEqualTo("progress 180");
      assertThat(gw.next()).isEqualTo("answered");
      // RFC 3326: the BYE's Q.850 cause reaches the interworking (REL cause 31, not 16)
      assertThat(gw.next()).isEqualTo("ended BYE 200 cause 31");
      Sipp.Result r = sipp.finish(Duration.ofSeconds(45));
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(gw.gateway.activeCalls()).isZero();

      List<String> ladder = ladder();
      assertThat(ladder)
          .containsSubsequence("> INVITE", "< 183", "< 180", "< 200", "> ACK", "< BYE", "> 200");
      for (SipWireTap.Message m : wire) {
        assertThat(m.callId()).isEqualTo(ref.callId());
        assertThat(m.transport()).isEqualTo("udp");
        InetSocketAddress gwAddress = new InetSocketAddress(TestGateway.LOOPBACK, gw.port);
        InetSocketAddress sippAddress = new InetSocketAddress(TestGateway.LOOPBACK, port);
        assertThat(m.outbound() ? m.source() : m.destination()).isEqualTo(gwAddress);
        assertThat(m.outbound() ? m.destination() : m.source()).isEqualTo(sippAddress);
      }
      SipWireTap.Message bye =
          wire.stream().filter(m -> text(m).startsWith("BYE ")).findFirst().orElseThrow();
      assertThat(text(bye)).contains("Reason: Q.850;cause=31");
    }
  }

  @Test
  void the_reason_of_an_error_response_wins_over_the_status_and_our_bye_carries_one()
      throws Exception {
    try (TestGateway gw =
        new TestGateway(TestGateway.Policy.ANSWER, Set.of(TestGateway.LOOPBACK), wire::add)) {
      try (Sipp sipp = uas("uas_reject_reason.xml")) {
        gw.gateway.invite(invite(sipp.port()));
        assertThat(gw.next()).isEqualTo("ended REJECTED 480 cause 20");
        assertThat(sipp.finish(Duration.ofSeconds(45)).exitCode()).isZero();
      }

      wire.clear();
      gw.hangUpOnAnswer = true; // hangUp(call, 16) once answered: BYE with Reason
      try (Sipp uas = Sipp.start(dir, Duration.ofSeconds(30), List.of("-sn", "uas", "-m", "1"))) {
        gw.gateway.invite(invite(uas.port()));
        assertThat(gw.next()).isEqualTo("progress 180");
        assertThat(gw.next()).isEqualTo("answered");
        Sipp.Result r = uas.finish(Duration.ofSeconds(45));
        assertThat(r.exitCode()).as(r.output()).isZero();
      }
      SipWireTap.Message bye =
          wire.stream()
              .filter(m -> m.outbound() && text(m).startsWith("BYE "))
              .findFirst()
              .orElseThrow();
      assertThat(text(bye)).contains("Reason: Q.850;cause=16");
    }
  }
}
