package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3261 §21.4.1 400 Bad Request built from the raw text of a rejected request. */
class BadRequestTest {
  private static final String HEAD =
      "INVITE sip:1@h SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bK1\r\n"
          + "From: <sip:a@h>;tag=9\r\n"
          + "To: <sip:1@h>\r\n"
          + "Call-ID: c1\r\n";

  @Test
  void copies_via_from_to_call_id_cseq_and_tags_the_to() {
    String raw = HEAD + "CSeq: 7 INVITE\r\nMax-Forwards: x\r\nContent-Length: 0\r\n\r\n";

    String r = BadRequest.response(raw, "Max-Forwards: x", "bad", "gw").orElseThrow();

    assertThat(r)
        .isEqualTo(
            "SIP/2.0 400 Bad Request\r\n"
                + "Via: SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bK1\r\n"
                + "From: <sip:a@h>;tag=9\r\n"
                + "To: <sip:1@h>;tag=badreq\r\n"
                + "Call-ID: c1\r\n"
                + "CSeq: 7 INVITE\r\n"
                + "Warning: 399 gw \"bad\"\r\n"
                + "Content-Length: 0\r\n\r\n");
  }

  @Test
  void a_bad_cseq_becomes_cseq_0_with_the_request_method() {
    String raw = HEAD + "CSeq: x INVITE\r\n\r\n";

    assertThat(BadRequest.response(raw, "CSeq: x INVITE", "number", "gw").orElseThrow())
        .contains("CSeq: 0 INVITE\r\n")
        .doesNotContain("CSeq: x");
  }

  @Test
  void compact_header_names_are_copied() {
    String raw =
        "OPTIONS sip:h SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK2\r\nf: <sip:a@h>;tag=1\r\n"
            + "t: <sip:h>\r\ni: c2\r\nCSeq: 1 OPTIONS\r\n\r\n";

    assertThat(BadRequest.response(raw, "", "x", "gw").orElseThrow())
        .contains("v: SIP/2.0/UDP h;branch=z9hG4bK2\r\n", "t: <sip:h>;tag=badreq\r\n", "i: c2\r\n");
  }

  @Test
  void the_warning_text_is_a_printable_bounded_quoted_string() {
    String raw = HEAD + "CSeq: 1 INVITE\r\n\r\n";
    String why = "line\r\nbreak \"quoted\" " + "x".repeat(500);

    String r = BadRequest.response(raw, "", why, "gw").orElseThrow();

    String warning = r.lines().filter(l -> l.startsWith("Warning:")).findFirst().orElseThrow();
    assertThat(warning).startsWith("Warning: 399 gw \"line  break  quoted").endsWith("\"");
    assertThat(warning.length()).isLessThan(BadRequest.MAX_WARNING + 20);
  }

  @Test
  void responses_acks_and_requests_without_via_are_not_answered() {
    assertThat(BadRequest.response("SIP/2.0 200 OK\r\nVia: x\r\n\r\n", "", "x", "gw")).isEmpty();
    assertThat(BadRequest.response("ACK sip:h SIP/2.0\r\nVia: x\r\n\r\n", "", "x", "gw")).isEmpty();
    assertThat(
            BadRequest.response(
                "INVITE sip:h SIP/2.0\r\nTo: <sip:h>\r\nCSeq: 1 INVITE\r\n\r\n", "", "x", "gw"))
        .isEmpty();
    assertThat(BadRequest.response("garbage", "", "x", "gw")).isEmpty();
  }
}
