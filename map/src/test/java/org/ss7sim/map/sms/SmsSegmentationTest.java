package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.DataCodingScheme.Alphabet;
import org.ss7sim.map.sms.SmsSegmentation.Segments;

/** Splitting at the exact capacities of TS 23.040 §9.2.3.24.1 / TS 23.038 §6. */
class SmsSegmentationTest {
  private static String joined(Segments s) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (UserData ud : s.userData()) {
      sb.append(ud.text(s.dataCodingScheme(), s.concatenated()));
    }
    return sb.toString();
  }

  @Nested
  class SevenBit {
    @Test
    void one_hundred_sixty_characters_fit_one_message() throws Exception {
      Segments s = SmsSegmentation.segment("a".repeat(160), 1);
      assertThat(s.userData()).hasSize(1);
      assertThat(s.concatenated()).isFalse();
      assertThat(s.userData().get(0).length()).isEqualTo(160);
      assertThat(s.userData().get(0).octets().length()).isEqualTo(140);
    }

    @Test
    void one_hundred_sixty_one_characters_need_two_segments_of_153() throws Exception {
      String text = "b".repeat(161);
      Segments s = SmsSegmentation.segment(text, 7);
      assertThat(s.userData()).hasSize(2);
      assertThat(s.userData().get(0).length()).isEqualTo(160); // 7 header septets + 153
      assertThat(s.userData().get(1).length()).isEqualTo(7 + 8);
      assertThat(s.userData().get(0).header(true).orElseThrow().concatenation().orElseThrow())
          .isEqualTo(new UserDataHeader.Concatenation(7, false, 2, 1));
      assertThat(joined(s)).isEqualTo(text);
      assertThat(SmsSegmentation.segment("c".repeat(306), 7).userData()).hasSize(2);
      assertThat(SmsSegmentation.segment("c".repeat(307), 7).userData()).hasSize(3);
    }

    @Test
    void an_extension_character_is_never_split_across_segments() throws Exception {
      String text = "x".repeat(152) + "€" + "y".repeat(10);
      Segments s = SmsSegmentation.segment(text, 1);
      assertThat(s.userData().get(0).text(s.dataCodingScheme(), true)).isEqualTo("x".repeat(152));
      assertThat(joined(s)).isEqualTo(text);
      assertThat(SmsSegmentation.segment("€".repeat(80), 1).userData()).hasSize(1);
      assertThat(SmsSegmentation.segment("€".repeat(81), 1).userData()).hasSize(2);
    }

    @Test
    void sixteen_bit_reference_leaves_152_septets() {
      assertThat(SmsSegmentation.segmentCapacity(Alphabet.GSM7, true)).isEqualTo(152);
      assertThat(SmsSegmentation.segment("d".repeat(304), Alphabet.GSM7, 0x1234, true).userData())
          .hasSize(2);
    }
  }

  @Nested
  class EightBit {
    @Test
    void capacities_are_140_and_134() {
      assertThat(SmsSegmentation.segment("e".repeat(140), Alphabet.EIGHT_BIT, 1, false).userData())
          .hasSize(1);
      Segments s = SmsSegmentation.segment("e".repeat(141), Alphabet.EIGHT_BIT, 1, false);
      assertThat(s.userData()).hasSize(2);
      assertThat(s.userData().get(0).length()).isEqualTo(140);
      assertThat(s.userData().get(1).length()).isEqualTo(6 + 7);
      assertThat(SmsSegmentation.segment("e".repeat(268), Alphabet.EIGHT_BIT, 1, false).userData())
          .hasSize(2);
    }
  }

  @Nested
  class Ucs2 {
    @Test
    void non_gsm_text_picks_ucs2_with_capacities_70_and_67() throws Exception {
      assertThat(SmsSegmentation.alphabetFor("Привет")).isEqualTo(Alphabet.UCS2);
      assertThat(SmsSegmentation.segment("Ж".repeat(70), 1).userData()).hasSize(1);
      Segments s = SmsSegmentation.segment("Ж".repeat(71), 1);
      assertThat(s.dataCodingScheme()).isEqualTo(DataCodingScheme.UCS2);
      assertThat(s.userData()).hasSize(2);
      assertThat(s.userData().get(0).length()).isEqualTo(6 + 134);
      assertThat(SmsSegmentation.segment("Ж".repeat(134), 1).userData()).hasSize(2);
      assertThat(SmsSegmentation.segment("Ж".repeat(135), 1).userData()).hasSize(3);
    }

    @Test
    void a_surrogate_pair_is_never_split() throws Exception {
      String text = "Ж".repeat(66) + "\uD83D\uDE00" + "Ж".repeat(10);
      Segments s = SmsSegmentation.segment(text, 1);
      assertThat(s.userData().get(0).text(s.dataCodingScheme(), true)).isEqualTo("Ж".repeat(66));
      assertThat(joined(s)).isEqualTo(text);
    }
  }

  @Test
  void more_than_255_segments_is_refused() {
    assertThatThrownBy(() -> SmsSegmentation.segment("z".repeat(153 * 255 + 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
