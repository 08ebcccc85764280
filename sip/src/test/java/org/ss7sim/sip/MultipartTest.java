package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

/** SIP-I bodies (Q.1912.5 profile A; RFC 3204; RFC 2046 §5.1.1). */
class MultipartTest {
  static final String SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\n";

  @Test
  void the_body_written_is_read_back_with_its_binary_isup_part() {
    // an IAM from the message type code on (no CIC), with CR LF and '-' octets inside
    Octets iam = Octets.fromHex("010d0a2d2d000a0300");
    byte[] body = Multipart.sdpAndIsup(SDP, iam);
    String text = new String(body, StandardCharsets.ISO_8859_1);
    assertThat(text)
        .startsWith("--ss7sim-sip-i\r\nContent-Type: application/sdp\r\n\r\nv=0")
        .contains("Content-Type: application/ISUP;version=itu-t92+\r\n")
        .contains("Content-Disposition: signal;handling=optional\r\n")
        .endsWith("\r\n--ss7sim-sip-i--\r\n");
    List<Multipart.Part> parts = Multipart.parse(body, Multipart.BOUNDARY).orElseThrow();
    assertThat(parts)
        .extracting(Multipart.Part::contentType)
        .containsExactly("application/sdp", "application/isup");
    assertThat(Multipart.part(parts, "application/ISUP")).contains(iam);
    assertThat(
            new String(
                Multipart.part(parts, "application/sdp").orElseThrow().toByteArray(),
                StandardCharsets.ISO_8859_1))
        .isEqualTo(SDP);
  }

  @Test
  void bodies_that_are_not_multipart_are_refused() {
    byte[] noClose =
        "--b\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Multipart.parse(noClose, "b")).isEmpty();
    assertThat(Multipart.parse("v=0\r\n".getBytes(StandardCharsets.ISO_8859_1), "b")).isEmpty();
    byte[] noBlankLine =
        "--b\r\nContent-Type: application/sdp\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Multipart.parse(noBlankLine, "b")).isEmpty();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < Multipart.MAX_PARTS + 1; i++) {
      many.append("--b\r\n\r\nx\r\n");
    }
    many.append("--b--\r\n");
    assertThat(Multipart.parse(many.toString().getBytes(StandardCharsets.ISO_8859_1), "b"))
        .isEmpty();
    // a part without Content-Type is text/plain (RFC 2046 §5.1)
    byte[] plain = "--b\r\n\r\nhello\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Multipart.parse(plain, "b").orElseThrow())
        .containsExactly(
            new Multipart.Part(
                "text/plain", Octets.of("hello".getBytes(StandardCharsets.ISO_8859_1))));
  }
}
