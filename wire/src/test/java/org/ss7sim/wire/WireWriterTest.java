package org.ss7sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireWriterTest {
  @Test
  void writes_what_the_reader_reads() throws Exception {
    WireWriter w = new WireWriter(1);
    w.writeU8(1)
        .writeU16(0x0203)
        .writeU16Le(0x0504)
        .writeU24(0x060708)
        .writeU32(0xfffffffeL)
        .writeU32Le(1);
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("01 0203 0405 060708 fffffffe 01000000"));
  }

  @Test
  void a_reserved_length_is_patched_after_the_contents() {
    WireWriter w = new WireWriter();
    w.writeU8(0x30);
    int slot = w.reserve(1);
    w.writeOctets(Octets.fromHex("020101"));
    w.patchU8(slot, w.position() - slot - 1);
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("3003020101"));
  }

  @Test
  void padding_aligns_to_four_octets() {
    WireWriter w = new WireWriter();
    Tlv.writeTag16Len16(w, 0x0004, Octets.fromHex("616263"));
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("0004 0007 616263 00"));
    assertThat(Tlv.padded(5, 4)).isEqualTo(8);
    assertThat(Tlv.padding(8, 4)).isZero();
  }

  @Test
  void values_out_of_range_are_refused_not_truncated() {
    WireWriter w = new WireWriter();
    assertThatThrownBy(() -> w.writeU8(256)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.writeU16(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.writeU24(1 << 24)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.patchU16(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void reset_reuses_the_buffer() {
    WireWriter w = new WireWriter();
    w.writeU32(1);
    w.reset().writeU8(7);
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("07"));
  }
}
