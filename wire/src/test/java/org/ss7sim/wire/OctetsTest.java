package org.ss7sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OctetsTest {
  @Test
  void equal_content_means_equal_values_whatever_the_backing_array() {
    Octets whole = Octets.fromHex("00 01 02 03 04");
    Octets slice = whole.slice(1, 3);
    assertThat(slice)
        .isEqualTo(Octets.ofUnsigned(1, 2))
        .hasSameHashCodeAs(Octets.of((byte) 1, (byte) 2));
    assertThat(slice.toString()).isEqualTo("0102");
  }

  @Test
  void copies_protect_against_later_changes_of_the_source_array() {
    byte[] b = {1, 2, 3};
    Octets o = Octets.of(b);
    b[0] = 9;
    assertThat(o.get(0)).isEqualTo(1);
    o.toByteArray()[1] = 9;
    assertThat(o.get(1)).isEqualTo(2);
  }

  @Test
  void hex_parsing_ignores_separators_and_rejects_odd_digit_counts() {
    assertThat(Octets.fromHex("0a:0b-0C\n0d").toHex()).isEqualTo("0a0b0c0d");
    assertThatThrownBy(() -> Octets.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Octets.fromHex("zz")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytes_read_back_unsigned() {
    assertThat(Octets.fromHex("ff80").get(0)).isEqualTo(255);
    assertThat(Octets.fromHex("ff80").get(1)).isEqualTo(128);
  }

  @Test
  void slices_and_concatenation_keep_bounds() {
    Octets o = Octets.fromHex("0102030405");
    assertThat(o.slice(2)).isEqualTo(Octets.fromHex("030405"));
    assertThat(o.slice(1, 1)).isSameAs(Octets.EMPTY);
    assertThat(o.slice(0, 2).concat(o.slice(3))).isEqualTo(Octets.fromHex("01020405"));
    assertThatThrownBy(() -> o.slice(3, 6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> o.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Octets.ofUnsigned(256)).isInstanceOf(IllegalArgumentException.class);
  }
}
