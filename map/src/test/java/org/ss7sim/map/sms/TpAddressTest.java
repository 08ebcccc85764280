package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** TS 23.040 §9.1.2.5 address fields: vectors from jss7 AddressFieldTest and osmocom sms_test. */
class TpAddressTest {
  private static TpAddress roundTrip(String name) throws MalformedMessageException {
    Octets bytes = GoldenVectors.named("sms_tpdu.tsv", name).bytes();
    var in = bytes.reader();
    TpAddress a = TpAddress.decode(in);
    assertThat(in.remaining()).isZero();
    WireWriter w = new WireWriter();
    TpAddress.encode(a, w);
    assertThat(w.toOctets()).as("re-encoding of " + name).isEqualTo(bytes);
    return a;
  }

  @Nested
  class Numeric {
    @Test
    void international_isdn_number_with_odd_digit_count() throws Exception {
      TpAddress a = roundTrip("jss7-AddressFieldTest-getData");
      assertThat(a.typeOfNumber()).isEqualTo(TypeOfNumber.INTERNATIONAL);
      assertThat(a.numberingPlan()).isEqualTo(1);
      assertThat(a.value()).isEqualTo("72223884321");
    }

    @Test
    void twenty_digits_unknown_and_national() throws Exception {
      assertThat(roundTrip("osmo-gen-oa-14812143").value()).isEqualTo("12345678901234567891");
      TpAddress n = roundTrip("osmo-gen-oa-14a12143");
      assertThat(n.typeOfNumber()).isEqualTo(TypeOfNumber.NATIONAL);
      assertThat(n.value()).isEqualTo("12345678901234567891");
    }

    @Test
    void factory_matches_the_vector_bytes() {
      WireWriter w = new WireWriter();
      TpAddress.encode(TpAddress.international("72223884321"), w);
      assertThat(w.toOctets().toHex()).isEqualTo("0b912722834823f1");
    }
  }

  @Nested
  class Alphanumeric {
    @Test
    void real_trace_sender_ids_count_used_semi_octets() throws Exception {
      TpAddress awcc = roundTrip("jss7-AddressFieldTest-getDataAlphaNumeric_AWCC");
      assertThat(awcc.typeOfNumber()).isEqualTo(TypeOfNumber.ALPHANUMERIC);
      assertThat(awcc.numberingPlan()).isZero();
      assertThat(awcc.value()).isEqualTo("AWCC");
      assertThat(roundTrip("jss7-AddressFieldTest-getDataAlphaNumeric_Ufone").value())
          .isEqualTo("Ufone");
      assertThat(TpAddress.alphanumeric("Ufone").semiOctets()).isEqualTo(9);
    }

    @Test
    void osmocom_counts_whole_octets_and_the_fill_is_not_a_character() throws Exception {
      TpAddress a = roundTrip("osmo-gen-oa-0ed04f78");
      assertThat(a.value()).isEqualTo("OpenBSC");
      assertThat(a.semiOctets()).isEqualTo(14);
    }

    @Test
    void osmocom_truncated_long_sender_keeps_eleven_characters() throws Exception {
      assertThat(roundTrip("osmo-gen-oa-14d04f78").value()).isEqualTo("OpenBSCabcd");
    }
  }
}
