package org.ss7sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WireReaderTest {
  @Nested
  class Fields {
    @Test
    void multi_octet_fields_are_big_endian_unless_named_le() throws Exception {
      WireReader r = Octets.fromHex("0102 0304 050607 fffffffe d5 00 0201 0a000000").reader();
      assertThat(r.readU16()).isEqualTo(0x0102);
      assertThat(r.readU16Le()).isEqualTo(0x0403);
      assertThat(r.readU24()).isEqualTo(0x050607);
      assertThat(r.readU32()).isEqualTo(0xfffffffeL);
      assertThat(r.readU16Le()).isEqualTo(0x00d5); // ISUP CIC 213, least significant octet first
      assertThat(r.readU16()).isEqualTo(0x0201);
      assertThat(r.readU32Le()).isEqualTo(10L);
      assertThat(r.hasRemaining()).isFalse();
    }

    @Test
    void octet_strings_are_slices_of_the_input() throws Exception {
      WireReader r = Octets.fromHex("03 616263 ff").reader();
      int n = r.readU8();
      assertThat(r.readOctets(n)).isEqualTo(Octets.fromHex("616263"));
      assertThat(r.readRemaining()).isEqualTo(Octets.fromHex("ff"));
    }
  }

  @Nested
  class Bounds {
    @Test
    void reading_past_the_end_names_the_offset_and_what_was_wanted() throws Exception {
      WireReader r = Octets.fromHex("0001 02").reader();
      r.readU16();
      assertThatThrownBy(r::readU16)
          .isInstanceOf(MalformedMessageException.class)
          .satisfies(
              e -> {
                MalformedMessageException m = (MalformedMessageException) e;
                assertThat(m.offset()).isEqualTo(2);
                assertThat(m.reason()).contains("16-bit field", "needs 2", "1 remain");
              });
    }

    @Test
    void a_declared_length_past_the_end_is_rejected_before_allocating() {
      WireReader r = Octets.fromHex("7fffffff").reader();
      assertThatThrownBy(() -> r.readOctets(Integer.MAX_VALUE))
          .isInstanceOf(MalformedMessageException.class);
      assertThatThrownBy(() -> r.readOctets(-1)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void a_limited_reader_stops_at_its_limit_but_reports_offsets_from_the_message_start()
        throws Exception {
      WireReader r = Octets.fromHex("aa 02 bbcc dd").reader();
      r.readU8();
      WireReader inner = r.limited(r.readU8());
      assertThat(inner.readU8()).isEqualTo(0xbb);
      assertThat(inner.offset()).isEqualTo(3);
      inner.readU8();
      assertThatThrownBy(inner::readU8)
          .isInstanceOf(MalformedMessageException.class)
          .extracting(e -> ((MalformedMessageException) e).offset())
          .isEqualTo(4);
      assertThat(r.readU8()).isEqualTo(0xdd);
    }

    @Test
    void require_end_rejects_trailing_octets() throws Exception {
      WireReader r = Octets.fromHex("0102").reader();
      r.readU8();
      assertThatThrownBy(() -> r.requireEnd("test")).hasMessageContaining("1 unexpected trailing");
    }
  }
}
