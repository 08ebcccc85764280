package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.DataCodingScheme.Alphabet;
import org.ss7sim.map.sms.UserDataHeader.Concatenation;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.Octets;

/** TP-UD in the three alphabets (TS 23.038 §6, TS 23.040 §9.2.3.24); osmocom and jss7 vectors. */
class UserDataTest {
  private static Octets vector(String name) {
    return GoldenVectors.named("sms_tpdu.tsv", name).bytes();
  }

  @Nested
  class SevenBitPacking {
    @Test
    void osmocom_simple_text_packs_to_the_vector() throws Exception {
      UserData ud = UserData.of("test text", Alphabet.GSM7, null);
      assertThat(ud.length()).isEqualTo(9);
      assertThat(ud.octets()).isEqualTo(vector("osmo-7bit-simple_enc"));
      assertThat(new UserData(9, vector("osmo-7bit-simple_enc")).text(DataCodingScheme.GSM7, false))
          .isEqualTo("test text");
    }

    @Test
    void extension_characters_take_two_septets() throws Exception {
      String[][] cases = {
        {"osmo-7bit-escape_enc", "!$ a more#^- complicated test@@?_%! case", "41"},
        {"osmo-7bit-enhanced_enc", "enhanced ^ {][} test |+~ ^ test", "39"},
        {"osmo-7bit-enhancedV2_enc", "enhanced ^ {][} test |+~ ^ tests", "40"},
      };
      for (String[] c : cases) {
        UserData ud = UserData.of(c[1], Alphabet.GSM7, null);
        assertThat(ud.length()).as(c[0]).isEqualTo(Integer.parseInt(c[2]));
        assertThat(ud.octets()).as(c[0]).isEqualTo(vector(c[0]));
        assertThat(ud.text(DataCodingScheme.GSM7, false)).isEqualTo(c[1]);
      }
    }

    @Test
    void header_is_followed_by_one_fill_bit_for_a_six_octet_header() throws Exception {
      String part1 = "this is a testmessage. ".repeat(6) + "cut here .....:";
      part1 = part1.substring(0, 153);
      UserDataHeader h = UserDataHeader.of(new Concatenation(0x6f, false, 2, 1));
      UserData ud = UserData.of(part1, Alphabet.GSM7, h);
      assertThat(ud.length()).isEqualTo(160);
      assertThat(ud.octets()).isEqualTo(vector("osmo-7bit-concatenated_part1_enc"));
      UserData p2 = new UserData(47, vector("osmo-7bit-concatenated_part2_enc"));
      assertThat(p2.text(DataCodingScheme.GSM7, true))
          .isEqualTo(" this is a second testmessage. end here.");
      assertThat(p2.header(true).orElseThrow().concatenation())
          .contains(new Concatenation(0x6f, false, 2, 2));
    }

    @Test
    void every_basic_and_extension_character_survives_packing() throws Exception {
      String all =
          "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
              + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€";
      assertThat(GsmAlphabet.septetCount(all)).isEqualTo(127 + 2 * 10);
      for (int fillHeader = 0; fillHeader < 8; fillHeader++) {
        UserDataHeader h =
            fillHeader == 0
                ? null
                : UserDataHeader.of(
                    new UserDataHeader.Unknown(0x70, Octets.wrap(new byte[fillHeader - 1])));
        String text = all.substring(0, 100);
        UserData ud = UserData.of(text, Alphabet.GSM7, h);
        assertThat(ud.text(DataCodingScheme.GSM7, h != null)).isEqualTo(text);
      }
    }

    @Test
    void septets_of_the_jss7_zero_character_vector() {
      // 61 20 1b 3c 62 = 'a', ' ', escape + 0x3c, 'b' as unpacked septets
      byte[] s = vector("jss7-GSMCharsetTest-testCheckZeroCharacter-encodedDataGsm").toByteArray();
      assertThat(GsmAlphabet.fromSeptets(s, 0, s.length)).isEqualTo("a [b");
      assertThat(GsmAlphabet.toSeptets("a [b")).isEqualTo(s);
    }

    @Test
    void small_c_cedilla_is_sent_as_capital_c_cedilla() {
      assertThat(GsmAlphabet.toSeptets("ç")).containsExactly(0x09);
      assertThat(GsmAlphabet.fromSeptets(new byte[] {0x09}, 0, 1)).isEqualTo("Ç");
    }

    @Test
    void jss7_seven_bit_user_data_with_header_decodes() throws Exception {
      UserData ud = new UserData(160, vector("jss7-UserDataTest-getData2"));
      assertThat(ud.text(DataCodingScheme.GSM7, true))
          .startsWith("Tyapse? a chto tebya s tyapse svyazivaet?");
      UserData ud5 = new UserData(79, vector("jss7-UserDataTest-getData5"));
      assertThat(ud5.text(DataCodingScheme.GSM7, false))
          .isEqualTo(
              "A u nas xolodno.I opjat' gorjachuy vodu otkluchili.Dazhe boshku pomit' ne mogu.");
    }
  }

  @Nested
  class Ucs2 {
    @Test
    void jss7_ucs2_without_header() throws Exception {
      UserData ud = new UserData(50, vector("jss7-UserDataTest-getData1"));
      assertThat(ud.text(DataCodingScheme.UCS2, false)).isEqualTo("Я у маши,мы в кино пойдём");
      assertThat(UserData.of("Я у маши,мы в кино пойдём", Alphabet.UCS2, null)).isEqualTo(ud);
    }

    @Test
    void jss7_ucs2_with_sixteen_bit_concatenation_reference() throws Exception {
      Octets bytes = vector("jss7-UserDataTest-getData4");
      UserData ud = new UserData(bytes.length(), bytes);
      // TS 23.040 §9.2.3.24.8 and Wireshark read the reference most significant octet first:
      // 0x00d1.
      // jss7's own test asserts 53504 (0xd100) because it reads the octets the other way round.
      assertThat(ud.header(true).orElseThrow().concatenation())
          .contains(new Concatenation(0x00d1, true, 3, 2));
      assertThat(ud.text(DataCodingScheme.UCS2, true)).startsWith(" от него улетит");
    }

    @Test
    void emoji_are_surrogate_pairs_of_four_octets() throws Exception {
      String text = "ok \uD83D\uDE00!";
      UserData ud = UserData.of(text, Alphabet.UCS2, null);
      assertThat(ud.length()).isEqualTo(12);
      assertThat(ud.octets().toHex()).isEqualTo("006f006b0020d83dde000021");
      assertThat(ud.text(DataCodingScheme.UCS2, false)).isEqualTo(text);
    }
  }

  @Nested
  class EightBit {
    @Test
    void text_beyond_latin_1_is_refused_rather_than_replaced() {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> UserData.of("Ж", Alphabet.EIGHT_BIT, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(UserData.of("é", Alphabet.EIGHT_BIT, null).octets())
          .isEqualTo(Octets.fromHex("e9"));
    }

    @Test
    void eight_bit_data_keeps_its_octets() throws Exception {
      UserData ud = UserData.ofBytes(new byte[] {1, 2, (byte) 0xff}, null);
      assertThat(ud.length()).isEqualTo(3);
      assertThat(ud.payload(false)).isEqualTo(Octets.fromHex("0102ff"));
    }
  }
}
