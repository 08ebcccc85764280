package org.ss7sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DigitsTest {
  @Nested
  class Bcd {
    @Test
    void first_digit_goes_into_the_low_nibble_and_an_odd_count_is_filled_with_zero()
        throws Exception {
      // E.164 "4412345" as in an ISUP called party number, odd indicator set separately.
      Octets packed = Digits.encodeBcd("4412345");
      assertThat(packed).isEqualTo(Octets.fromHex("44 21 43 05"));
      assertThat(Digits.decodeBcd(packed, true)).isEqualTo("4412345");
      assertThat(Digits.decodeBcd(packed, 7)).isEqualTo("4412345");
    }

    @Test
    void hex_digits_survive_a_round_trip() throws Exception {
      assertThat(Digits.decodeBcd(Digits.encodeBcd("12bc"), false)).isEqualTo("12bc");
    }

    @Test
    void a_digit_count_larger_than_the_octets_is_malformed() {
      assertThatThrownBy(() -> Digits.decodeBcd(Octets.fromHex("21"), 3))
          .isInstanceOf(MalformedMessageException.class);
      assertThatThrownBy(() -> Digits.encodeBcd("12x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Tbcd {
    @Test
    void an_odd_imsi_ends_with_the_filler() throws Exception {
      // IMSI 001010123456789 (15 digits), TS 29.002 §17.7.8 TBCD-STRING
      Octets packed = Digits.encodeTbcd("001010123456789");
      assertThat(packed).isEqualTo(Octets.fromHex("00 01 01 21 43 65 87 f9"));
      assertThat(Digits.decodeTbcd(packed)).isEqualTo("001010123456789");
    }

    @Test
    void star_hash_and_abc_use_nibbles_ten_to_fourteen() throws Exception {
      Octets packed = Digits.encodeTbcd("*#abc1");
      assertThat(packed).isEqualTo(Octets.fromHex("ba dc 1e"));
      assertThat(Digits.decodeTbcd(packed)).isEqualTo("*#abc1");
    }

    @Test
    void a_filler_anywhere_but_the_last_nibble_is_malformed() {
      assertThatThrownBy(() -> Digits.decodeTbcd(Octets.fromHex("f1 21")))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("TS 29.002");
      assertThatThrownBy(() -> Digits.decodeTbcd(Octets.fromHex("ff")))
          .isInstanceOf(MalformedMessageException.class);
      assertThatThrownBy(() -> Digits.decodeTbcd(Octets.fromHex("1f 21")))
          .isInstanceOf(MalformedMessageException.class);
    }
  }
}
