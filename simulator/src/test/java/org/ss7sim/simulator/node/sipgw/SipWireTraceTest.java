package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The causal order of one call's SIP messages in the trace ({@link SipWireTrace.CallStamps}). */
class SipWireTraceTest {
  static String request(String method, int n, String cseqMethod) {
    return method + " sip:1@h SIP/2.0\r\nCall-ID: c\r\nCSeq: " + n + " " + cseqMethod + "\r\n\r\n";
  }

  static String response(int status, int n, String method) {
    return "SIP/2.0 " + status + " X\r\nCall-ID: c\r\nCSeq: " + n + " " + method + "\r\n\r\n";
  }

  @Test
  void an_ack_reported_before_the_200_it_acknowledges_still_comes_after_it() {
    SipWireTrace.CallStamps s = new SipWireTrace.CallStamps();
    assertThat(s.stamp(false, request("INVITE", 1, "INVITE"), 1_000_000)).isEqualTo(1_000_000);
    assertThat(s.stamp(true, response(100, 1, "INVITE"), 1_000_000)).isEqualTo(1_000_001);
    // the library reports the received ACK first, both in the same millisecond
    long ack = s.stamp(false, request("ACK", 1, "ACK"), 1_005_000);
    long ok = s.stamp(true, response(200, 1, "INVITE"), 1_005_000);
    assertThat(ok).isLessThan(ack).isGreaterThan(1_000_001);
  }

  @Test
  void a_response_comes_after_its_request_and_a_request_before_its_responses() {
    SipWireTrace.CallStamps s = new SipWireTrace.CallStamps();
    // our BYE reported after the peer's 200 to it
    long ok = s.stamp(false, response(200, 2, "BYE"), 7_000);
    long bye = s.stamp(true, request("BYE", 2, "BYE"), 7_000);
    assertThat(bye).isLessThan(ok);
    // a response in the same millisecond as its request, reported in order, is put after it
    long invite = s.stamp(false, request("INVITE", 1, "INVITE"), 9_000);
    assertThat(s.stamp(true, response(180, 1, "INVITE"), 9_000)).isGreaterThan(invite);
    // unrelated messages keep their times
    assertThat(s.stamp(true, "garbage", 5)).isEqualTo(5);
  }

  @Test
  void a_180_reported_after_the_cancel_it_caused_still_comes_before_it() {
    SipWireTrace.CallStamps s = new SipWireTrace.CallStamps();
    long invite = s.stamp(false, request("INVITE", 1, "INVITE"), 1_000);
    long trying = s.stamp(true, response(100, 1, "INVITE"), 1_000);
    // the peer's CANCEL and our 180 in one millisecond, the CANCEL reported first
    long cancel = s.stamp(false, request("CANCEL", 1, "CANCEL"), 3_000);
    long ringing = s.stamp(true, response(180, 1, "INVITE"), 3_000);
    assertThat(invite).isLessThan(trying);
    assertThat(ringing).isGreaterThan(trying).isLessThan(cancel);
    assertThat(s.stamp(true, response(200, 1, "CANCEL"), 3_000)).isGreaterThan(cancel);
    long terminated = s.stamp(true, response(487, 1, "INVITE"), 3_000);
    assertThat(s.stamp(false, request("ACK", 1, "ACK"), 3_000)).isGreaterThan(terminated);
    // a 180 of a later millisecond than the CANCEL crossed it: it keeps its time
    SipWireTrace.CallStamps later = new SipWireTrace.CallStamps();
    later.stamp(false, request("INVITE", 1, "INVITE"), 3_000);
    long c2 = later.stamp(false, request("CANCEL", 1, "CANCEL"), 4_000);
    assertThat(later.stamp(true, response(180, 1, "INVITE"), 5_000))
        .isEqualTo(5_000)
        .isGreaterThan(c2);
  }

  @Test
  void our_ack_reported_after_the_peers_bye_still_comes_before_it() {
    SipWireTrace.CallStamps s = new SipWireTrace.CallStamps();
    s.stamp(true, request("INVITE", 1, "INVITE"), 1_000);
    long ok = s.stamp(false, response(200, 1, "INVITE"), 2_000);
    // the peer's BYE arrives in the same millisecond, before the library reports our ACK
    long bye = s.stamp(false, request("BYE", 1, "BYE"), 2_000);
    long ack = s.stamp(true, request("ACK", 1, "ACK"), 2_000);
    assertThat(ok).isLessThan(ack);
    assertThat(ack).isLessThan(bye);
    assertThat(s.stamp(true, response(200, 1, "BYE"), 2_000)).isGreaterThan(bye);
  }

  @Test
  void labels_name_the_method_or_the_status_with_the_cseq_method() {
    assertThat(SipWireTrace.label(request("INVITE", 1, "INVITE"))).isEqualTo("INVITE");
    assertThat(SipWireTrace.label(response(180, 1, "INVITE"))).isEqualTo("180 X (INVITE)");
  }
}
