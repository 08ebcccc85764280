package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The gateway's fixed offer/answer (RFC 3264) and its check of offers (RFC 4566). */
class SdpTest {
  private static final String SIPP_OFFER =
      "v=0\r\no=user1 53655765 2353687637 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
          + "t=0 0\r\nm=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";

  private static Sdp.Check check(String sdp) {
    return Sdp.check(sdp.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class Offers_rfc4566_section_5 {
    @Test
    void sipp_default_offer_is_answered_with_pcmu() {
      assertThat(check(SIPP_OFFER)).isEqualTo(new Sdp.Acceptable(0));
    }

    @Test
    void first_g711_format_of_the_audio_line_is_chosen() {
      assertThat(check(SIPP_OFFER.replace("RTP/AVP 0", "RTP/AVP 18 8 0")))
          .isEqualTo(new Sdp.Acceptable(8));
    }

    @Test
    void connection_line_at_media_level_is_enough() {
      String sdp = "v=0\no=- 1 1 IN IP4 h\ns=-\nt=0 0\nm=audio 6000 RTP/AVP 8\nc=IN IP4 10.0.0.1\n";
      assertThat(check(sdp)).isEqualTo(new Sdp.Acceptable(8));
    }

    @Test
    void video_only_offer_is_not_acceptable() {
      assertThat(check(SIPP_OFFER.replace("m=audio 6000 RTP/AVP 0", "m=video 6000 RTP/AVP 31")))
          .isInstanceOf(Sdp.NotAcceptable.class);
    }

    @Test
    void audio_without_g711_is_not_acceptable() {
      assertThat(check(SIPP_OFFER.replace("RTP/AVP 0", "RTP/AVP 18")))
          .isEqualTo(new Sdp.NotAcceptable("no audio stream with PCMU or PCMA"));
    }

    @Test
    void rejected_stream_port_0_is_not_acceptable() {
      assertThat(check(SIPP_OFFER.replace("m=audio 6000", "m=audio 0")))
          .isInstanceOf(Sdp.NotAcceptable.class);
    }

    @Test
    void missing_version_origin_or_connection_is_not_acceptable() {
      assertThat(check(SIPP_OFFER.replace("v=0\r\n", ""))).isInstanceOf(Sdp.NotAcceptable.class);
      assertThat(check(SIPP_OFFER.replaceFirst("o=[^\r]*\r\n", "")))
          .isEqualTo(new Sdp.NotAcceptable("SDP without o= line"));
      assertThat(check(SIPP_OFFER.replace("c=IN IP4 127.0.0.1\r\n", "")))
          .isEqualTo(new Sdp.NotAcceptable("no connection address for the audio stream"));
    }

    @Test
    void lines_that_are_not_type_equals_value_are_not_acceptable() {
      assertThat(check(SIPP_OFFER + "garbage\r\n")).isInstanceOf(Sdp.NotAcceptable.class);
      assertThat(check(SIPP_OFFER.replace("m=audio 6000", "m=audio xx")))
          .isEqualTo(new Sdp.NotAcceptable("bad port in m= line"));
    }

    @Test
    void oversized_offers_are_refused_before_parsing() {
      assertThat(Sdp.check(new byte[Sdp.MAX_SIZE + 1])).isInstanceOf(Sdp.NotAcceptable.class);
      assertThat(check(SIPP_OFFER + "a=x\r\n".repeat(Sdp.MAX_LINES)))
          .isInstanceOf(Sdp.NotAcceptable.class);
    }
  }

  @Nested
  class Answers_rfc3264_section_6 {
    @Test
    void answer_is_itself_an_acceptable_description_with_the_chosen_format() {
      String answer = Sdp.answer("127.0.0.1", 42, 8);

      assertThat(answer)
          .startsWith("v=0\r\no=ss7sim 42 1 IN IP4 127.0.0.1\r\n")
          .contains("m=audio " + Sdp.MEDIA_PORT + " RTP/AVP 8\r\n", "a=rtpmap:8 PCMA/8000\r\n");
      assertThat(check(answer)).isEqualTo(new Sdp.Acceptable(8));
    }

    @Test
    void offer_lists_pcmu_and_pcma_and_uses_ip6_for_ipv6_addresses() {
      assertThat(Sdp.offer("127.0.0.1", 1)).contains("RTP/AVP 0 8\r\n");
      assertThat(Sdp.offer("::1", 1)).contains("c=IN IP6 ::1\r\n");
      assertThat(check(Sdp.offer("::1", 1))).isEqualTo(new Sdp.Acceptable(0));
    }
  }
}
