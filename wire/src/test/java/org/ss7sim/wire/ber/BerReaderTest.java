package org.ss7sim.wire.ber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class BerReaderTest {
  private static BerReader reader(String hex) {
    return BerReader.of(Octets.fromHex(hex));
  }

  @Nested
  class IdentifierOctets {
    @Test
    void low_tag_numbers_are_the_identifier_octet() throws Exception {
      BerReader r = reader("30 00 a1 00 9f1f 00");
      assertThat(r.next()).isEqualTo(BerTag.SEQUENCE);
      assertThat(r.next()).isEqualTo(BerTag.contextConstructed(1));
      assertThat(BerTag.number(r.tag())).isEqualTo(1);
      assertThat(BerTag.tagClass(r.tag())).isEqualTo(BerTag.CLASS_CONTEXT);
      assertThat(r.isConstructed()).isTrue();
      assertThat(r.next()).isEqualTo(BerTag.context(31));
    }

    @Test
    void high_tag_numbers_span_several_octets() throws Exception {
      BerReader r = reader("9f32 01 07  bf8101 00  df8f7f 00");
      assertThat(r.next()).isEqualTo(BerTag.context(50));
      assertThat(r.intValue()).isEqualTo(7);
      assertThat(r.next()).isEqualTo(BerTag.contextConstructed(129));
      assertThat(r.next()).isEqualTo(BerTag.privateTag(2047));
      assertThat(BerTag.tagClass(r.tag())).isEqualTo(BerTag.CLASS_PRIVATE);
      assertThat(r.hasNext()).isFalse();
    }

    @Test
    void peek_tag_does_not_move() throws Exception {
      BerReader r = reader("9f32 00 02 01 05");
      assertThat(r.peekTag()).isEqualTo(BerTag.context(50));
      assertThat(r.nextIf(BerTag.INTEGER)).isFalse();
      assertThat(r.nextIf(BerTag.context(50))).isTrue();
      assertThat(r.nextIf(BerTag.INTEGER)).isTrue();
      assertThat(r.peekTag()).isEqualTo(-1);
    }

    @Test
    void leading_zero_group_in_a_tag_number_is_rejected() {
      assertThatThrownBy(() -> reader("9f 80 01 00").next())
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("leading zero");
    }
  }

  @Nested
  class LengthOctets {
    @Test
    void long_form_lengths_are_read() throws Exception {
      String value = "00".repeat(200);
      BerReader r = reader("04 81c8 " + value + " 04 820003 010203");
      r.next();
      assertThat(r.length()).isEqualTo(200);
      assertThat(r.valueOffset()).isEqualTo(3);
      r.next();
      assertThat(r.octets()).isEqualTo(Octets.fromHex("010203"));
    }

    @Test
    void indefinite_length_is_read_to_its_end_of_contents() throws Exception {
      BerReader r = reader("30 80 02 01 05 a1 80 04 01 aa 00 00 00 00 05 00");
      assertThat(r.next()).isEqualTo(BerTag.SEQUENCE);
      assertThat(r.isIndefinite()).isTrue();
      assertThat(r.length()).isEqualTo(10);
      assertThat(r.element().length()).isEqualTo(14);
      BerReader in = r.enter();
      in.expect(BerTag.INTEGER, "first");
      assertThat(in.intValue()).isEqualTo(5);
      in.expect(BerTag.contextConstructed(1), "second");
      BerReader inner = in.enter();
      inner.expect(BerTag.OCTET_STRING, "string");
      assertThat(inner.octets()).isEqualTo(Octets.fromHex("aa"));
      in.requireEnd("sequence");
      assertThat(r.next()).isEqualTo(BerTag.NULL);
    }

    @Test
    void length_past_the_end_names_the_offset_and_the_remaining_octets() {
      assertThatThrownBy(
              () -> reader("30 03 02 05 01").expect(BerTag.SEQUENCE, "Invoke").enter().next())
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> {
                assertThat(e.offset()).isEqualTo(2);
                assertThat(e.reason())
                    .contains("length 5 runs past the end")
                    .contains("1 octets remain");
              });
    }

    @Test
    void missing_end_of_contents_is_reported() {
      assertThatThrownBy(() -> reader("30 80 02 01 05").next())
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("end-of-contents");
    }

    @Test
    void indefinite_length_on_a_primitive_is_rejected() {
      assertThatThrownBy(() -> reader("04 80 00 00").next())
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("primitive");
    }

    @Test
    void five_octet_lengths_are_rejected() {
      assertThatThrownBy(() -> reader("04 85 0000000001 00").next())
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("too long");
    }

    @Test
    void deep_nesting_is_bounded() {
      String hex =
          "30 80 ".repeat(BerReader.MAX_DEPTH + 2) + "00 00 ".repeat(BerReader.MAX_DEPTH + 2);
      assertThatThrownBy(() -> reader(hex).next())
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("nested too deeply");
    }
  }

  @Nested
  class Values {
    @Test
    void integers_are_twos_complement() throws Exception {
      BerReader r =
          reader("02 01 ff 02 01 7f 02 02 0080 02 04 80000000 02 08 7fffffffffffffff 0a 01 02");
      r.next();
      assertThat(r.intValue()).isEqualTo(-1);
      r.next();
      assertThat(r.intValue()).isEqualTo(127);
      r.next();
      assertThat(r.intValue()).isEqualTo(128);
      r.next();
      assertThat(r.intValue()).isEqualTo(Integer.MIN_VALUE);
      r.next();
      assertThat(r.longValue()).isEqualTo(Long.MAX_VALUE);
      r.next();
      assertThat(r.tag()).isEqualTo(BerTag.ENUMERATED);
      assertThat(r.intValue()).isEqualTo(2);
    }

    @Test
    void int_value_rejects_integers_wider_than_an_int() throws Exception {
      BerReader r = reader("02 05 0100000000");
      r.next();
      assertThat(r.longValue()).isEqualTo(1L << 32);
      assertThatThrownBy(r::intValue).hasMessageContaining("out of range");
    }

    @Test
    void empty_integer_is_rejected() throws Exception {
      BerReader r = reader("02 00");
      r.next();
      assertThatThrownBy(r::intValue).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void boolean_and_null() throws Exception {
      BerReader r = reader("01 01 00 01 01 ff 05 00 05 01 00");
      r.next();
      assertThat(r.booleanValue()).isFalse();
      r.next();
      assertThat(r.booleanValue()).isTrue();
      r.next();
      r.nullValue();
      r.next();
      assertThatThrownBy(r::nullValue).hasMessageContaining("NULL");
    }

    @Test
    void octet_string_is_a_view_and_element_includes_the_header() throws Exception {
      BerReader r = reader("80 03 112233");
      r.next();
      assertThat(r.octets()).isEqualTo(Octets.fromHex("112233"));
      assertThat(r.element()).isEqualTo(Octets.fromHex("8003112233"));
    }

    @Test
    void constructed_octet_strings_are_joined() throws Exception {
      BerReader r = reader("24 80 04 02 0102 24 03 04 01 03 04 00 00 00");
      r.next();
      assertThat(r.octets()).isEqualTo(Octets.fromHex("010203"));
    }

    @Test
    void bit_strings_primitive_and_constructed() throws Exception {
      BerReader r = reader("03 02 07 80  23 08 03 02 00 ff 03 02 04 f0");
      r.next();
      BitString v1 = r.bitString();
      assertThat(v1.size()).isEqualTo(1);
      assertThat(v1.get(0)).isTrue();
      r.next();
      BitString v2 = r.bitString();
      assertThat(v2.size()).isEqualTo(12);
      assertThat(v2.bytes()).isEqualTo(Octets.fromHex("fff0"));
    }

    @Test
    void object_identifiers_decode_to_arcs() throws Exception {
      BerReader r = reader("06 07 04000001001402");
      r.next();
      assertThat(r.oid().toString()).isEqualTo("0.4.0.0.1.0.20.2");
      assertThat(r.oid()).isEqualTo(ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 20, 2));
    }

    @Test
    void unterminated_object_identifier_is_rejected() throws Exception {
      BerReader r = reader("06 02 0481");
      r.next();
      assertThatThrownBy(r::oid).hasMessageContaining("OBJECT IDENTIFIER");
    }
  }

  @Nested
  class Structure {
    @Test
    void unknown_elements_are_skipped() throws Exception {
      BerReader seq = reader("30 0d 02 01 01 9f7f 03 a1 01 00 80 02 0506");
      seq.expect(BerTag.SEQUENCE, "sequence");
      BerReader in = seq.enter();
      in.expect(BerTag.INTEGER, "id");
      while (in.hasNext() && in.peekTag() != BerTag.context(0)) {
        in.next();
      }
      in.expect(BerTag.context(0), "value");
      assertThat(in.octets()).isEqualTo(Octets.fromHex("0506"));
    }

    @Test
    void wrong_tag_says_what_was_expected_and_where() {
      BerReader r = reader("02 01 00 04 00");
      assertThatThrownBy(
              () -> r.expect(BerTag.INTEGER, "invokeID").expect(BerTag.OBJECT_IDENTIFIER, "opcode"))
          .isInstanceOfSatisfying(
              MalformedMessageException.class, e -> assertThat(e.offset()).isEqualTo(3))
          .hasMessageContaining("expected opcode [UNIVERSAL 6]")
          .hasMessageContaining("found [UNIVERSAL 4]");
    }

    @Test
    void trailing_elements_are_reported_by_require_end() throws Exception {
      BerReader r = reader("02 01 00 04 00");
      r.next();
      assertThatThrownBy(() -> r.requireEnd("Invoke"))
          .isInstanceOfSatisfying(
              MalformedMessageException.class, e -> assertThat(e.offset()).isEqualTo(3))
          .hasMessageContaining("after the end of Invoke");
    }

    @Test
    void entering_a_primitive_is_an_error() throws Exception {
      BerReader r = reader("02 01 00");
      r.next();
      assertThatThrownBy(r::enter).hasMessageContaining("constructed");
    }

    @Test
    void reading_past_the_end_is_an_error() {
      assertThatThrownBy(() -> reader("").next()).hasMessageContaining("found the end");
    }
  }
}
