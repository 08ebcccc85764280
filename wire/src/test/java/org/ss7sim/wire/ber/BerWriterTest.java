package org.ss7sim.wire.ber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

class BerWriterTest {
  private final WireWriter out = new WireWriter();
  private final BerWriter w = new BerWriter(out);

  @Nested
  class Primitives {
    @ParameterizedTest
    @CsvSource({
      "0,020100",
      "127,02017f",
      "128,02020080",
      "-1,0201ff",
      "-128,020180",
      "-129,0202ff7f",
      "256,02020100",
      "2147483648,02050080000000",
      "9223372036854775807,02087fffffffffffffff"
    })
    void integers_are_minimal_twos_complement(long value, String hex) {
      w.integer(value);
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex(hex));
    }

    @Test
    void booleans_null_enumerated_octet_and_bit_strings() {
      w.bool(BerTag.BOOLEAN, true)
          .nullValue(BerTag.NULL)
          .enumerated(3)
          .octetString(BerTag.context(0), Octets.fromHex("0102"))
          .bitString(BerTag.context(0), BitString.of(true));
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex("0101ff 0500 0a0103 80020102 80020780"));
    }

    @Test
    void object_identifiers_round_trip() throws Exception {
      ObjectIdentifier acn = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
      w.oid(acn);
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex("0607 0400000100 1903"));
      ObjectIdentifier big = ObjectIdentifier.of(2, 999, 1234567);
      assertThat(big.toString()).isEqualTo("2.999.1234567");
      assertThat(big.content()).isEqualTo(Octets.fromHex("8837 cbad07"));
    }

    @Test
    void high_tag_numbers_are_written_in_base_128() {
      w.integer(BerTag.context(50), 1).nullValue(BerTag.privateTag(2047));
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex("9f320101 df8f7f00"));
    }
  }

  @Nested
  class Lengths {
    @Test
    void measured_element_lengths_match_what_header_and_contents_write() {
      Octets contents = Octets.wrap(new byte[200]);
      int tag = BerTag.contextConstructed(50);
      w.header(tag, contents.length()).raw(contents);
      assertThat(out.position()).isEqualTo(BerWriter.elementLength(tag, contents.length()));
      assertThat(out.toOctets().slice(0, 4)).isEqualTo(Octets.fromHex("bf32 81c8"));
      assertThat(BerWriter.integerElementLength(-129)).isEqualTo(4);
      assertThat(BerWriter.integerElementLength(127)).isEqualTo(3);
    }

    @Test
    void short_contents_are_back_patched_in_place() {
      int seq = w.start(BerTag.SEQUENCE);
      w.integer(5);
      w.end(seq);
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex("3003020105"));
    }

    @Test
    void long_contents_get_the_minimal_long_form() throws Exception {
      int outer = w.start(BerTag.applicationConstructed(2));
      int inner = w.start(BerTag.SEQUENCE);
      w.octetString(BerTag.OCTET_STRING, Octets.wrap(new byte[300]));
      w.end(inner);
      w.nullValue(BerTag.NULL);
      w.end(outer);
      Octets bytes = out.toOctets();
      assertThat(bytes.slice(0, 10)).isEqualTo(Octets.fromHex("62820136 30820130 0482"));
      assertThat(bytes.length()).isEqualTo(4 + 4 + 4 + 300 + 2);
      BerReader r = BerReader.of(bytes);
      r.expect(BerTag.applicationConstructed(2), "outer");
      BerReader in = r.enter();
      in.expect(BerTag.SEQUENCE, "inner");
      assertThat(in.enter().expect(BerTag.OCTET_STRING, "string").length()).isEqualTo(300);
      in.expect(BerTag.NULL, "null");
    }

    @Test
    void length_of_length_matches_what_is_written() {
      assertThat(BerWriter.lengthOfLength(127)).isEqualTo(1);
      assertThat(BerWriter.lengthOfLength(128)).isEqualTo(2);
      assertThat(BerWriter.lengthOfLength(256)).isEqualTo(3);
      w.length(256);
      assertThat(out.toOctets()).isEqualTo(Octets.fromHex("820100"));
    }
  }
}
