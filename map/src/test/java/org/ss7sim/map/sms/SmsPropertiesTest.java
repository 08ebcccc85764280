package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ss7sim.map.sms.DataCodingScheme.Alphabet;
import org.ss7sim.map.sms.SmsSegmentation.Segments;
import org.ss7sim.wire.MalformedMessageException;

/** Property round trips of packing, segmentation and the TPDU codec. */
class SmsPropertiesTest {
  private static final String GSM_CHARS =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

  @Provide
  Arbitrary<String> gsmText() {
    return Arbitraries.strings().withChars(GSM_CHARS.toCharArray()).ofMinLength(0).ofMaxLength(600);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings()
        .withCharRange(' ', '\uD7FF')
        .ofMinLength(1)
        .ofMaxLength(300)
        .map(s -> s + "\uD83D\uDE00");
  }

  @Property(tries = 200)
  void seven_bit_user_data_unpacks_to_what_was_packed_whatever_the_header_length(
      @ForAll("gsmText") String text, @ForAll @IntRange(min = 0, max = 8) int headerPadding)
      throws MalformedMessageException {
    String t = text.substring(0, Math.min(text.length(), 100));
    UserDataHeader h =
        headerPadding == 0
            ? null
            : UserDataHeader.of(
                new UserDataHeader.Unknown(
                    0x70, org.ss7sim.wire.Octets.wrap(new byte[headerPadding - 1])));
    UserData ud = UserData.of(t, Alphabet.GSM7, h);
    assertThat(ud.text(DataCodingScheme.GSM7, h != null)).isEqualTo(t);
  }

  @Property(tries = 200)
  void segments_join_back_to_the_text_and_respect_the_capacity(@ForAll("gsmText") String text)
      throws MalformedMessageException {
    Segments s = SmsSegmentation.segment(text, 42);
    StringBuilder sb = new StringBuilder();
    for (UserData ud : s.userData()) {
      assertThat(ud.length()).isLessThanOrEqualTo(160);
      assertThat(ud.octets().length()).isLessThanOrEqualTo(140);
      sb.append(ud.text(s.dataCodingScheme(), s.concatenated()));
    }
    assertThat(sb.toString()).isEqualTo(text);
  }

  @Property(tries = 200)
  void ucs2_segments_never_split_a_surrogate_pair(@ForAll("anyText") String text)
      throws MalformedMessageException {
    Segments s = SmsSegmentation.segment(text, Alphabet.UCS2, 1, false);
    StringBuilder sb = new StringBuilder();
    for (UserData ud : s.userData()) {
      String part = ud.text(s.dataCodingScheme(), s.concatenated());
      assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
      sb.append(part);
    }
    assertThat(sb.toString()).isEqualTo(text);
  }

  @Property(tries = 200)
  void deliver_round_trips_through_the_codec(
      @ForAll("gsmText") String text, @ForAll @IntRange(min = -56, max = 56) int tz)
      throws MalformedMessageException {
    String t = text.substring(0, Math.min(text.length(), 80));
    SmsTpdu d =
        new SmsTpdu.SmsDeliver(
            true,
            false,
            true,
            false,
            false,
            TpAddress.alphanumeric("Ss7Sim"),
            0,
            DataCodingScheme.GSM7,
            new SmsTimestamp(26, 11, 26, 6, 30, 0, tz),
            UserData.of(t, Alphabet.GSM7, null));
    assertThat(SmsTpduCodec.decode(SmsTpduCodec.encode(d), SmsDirection.TO_MOBILE)).isEqualTo(d);
  }
}
