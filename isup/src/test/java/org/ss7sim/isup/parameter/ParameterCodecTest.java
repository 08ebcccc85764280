package org.ss7sim.isup.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

class ParameterCodecTest {
  static Octets content(IsupParameter p) {
    WireWriter w = new WireWriter();
    p.encodeContent(w);
    return w.toOctets();
  }

  static IsupParameter roundTrip(IsupParameter p) throws MalformedMessageException {
    IsupParameter back = ParameterCodec.decode(p.code(), content(p));
    assertThat(back).isEqualTo(p);
    return back;
  }

  @Nested
  class Numbers {
    @Test
    void called_party_number_odd_digits_set_the_odd_bit_and_fill_with_zero() {
      Octets bytes = content(CalledPartyNumber.national("12345"));
      assertThat(bytes).isEqualTo(Bytes.build().hex("83 10 21 43 05").octets());
    }

    @Test
    void called_party_number_even_digits_with_st() {
      Octets bytes =
          content(new CalledPartyNumber(NatureOfAddress.INTERNATIONAL, true, 1, "0012345f"));
      assertThat(bytes).isEqualTo(Bytes.build().hex("04 90 00 21 43 f5").octets());
    }

    @Test
    void calling_party_number_fields_map_to_octet_two() {
      var n = new CallingPartyNumber(NatureOfAddress.NATIONAL, true, 1, 1, 3, "0015550001");
      assertThat(content(n).get(1)).isEqualTo(0x80 | 0x10 | 0x04 | 0x03);
    }

    @Test
    void random_numbers_of_every_kind_round_trip() throws Exception {
      SplittableRandom r = new SplittableRandom(7);
      for (int i = 0; i < 2000; i++) {
        StringBuilder d = new StringBuilder();
        int n = r.nextInt(0, 30);
        for (int k = 0; k < n; k++) {
          d.append("0123456789bcf".charAt(r.nextInt(13)));
        }
        String digits = d.toString();
        int nai = r.nextInt(128);
        int npi = r.nextInt(8);
        if (!digits.isEmpty()) {
          roundTrip(new CalledPartyNumber(nai, r.nextBoolean(), npi, digits));
          roundTrip(new SubsequentNumber(digits));
        }
        roundTrip(
            new CallingPartyNumber(nai, r.nextBoolean(), npi, r.nextInt(4), r.nextInt(4), digits));
        roundTrip(
            new LocationNumber(nai, r.nextBoolean(), npi, r.nextInt(4), r.nextInt(4), digits));
        roundTrip(new OriginalCalledNumber(nai, npi, r.nextInt(4), digits));
        roundTrip(new RedirectingNumber(nai, npi, r.nextInt(4), digits));
        roundTrip(new ConnectedNumber(nai, npi, r.nextInt(4), r.nextInt(4), digits));
        roundTrip(
            new GenericNumber(
                r.nextInt(256), nai, r.nextBoolean(), npi, r.nextInt(4), r.nextInt(4), digits));
      }
    }

    @Test
    void called_party_number_without_signals_when_odd_is_malformed() {
      assertThatThrownBy(() -> CalledPartyNumber.decode(Octets.fromHex("8310")))
          .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void digits_outside_address_signals_are_refused() {
      assertThatThrownBy(() -> CalledPartyNumber.national("12x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Causes {
    @Test
    void cause_with_recommendation_octet_and_diagnostics_round_trips() throws Exception {
      var c = (CauseIndicators) ParameterCodec.decode(0x12, Octets.fromHex("0380e1ee"));
      assertThat(c.recommendation()).isZero();
      assertThat(c.cause().code()).isEqualTo(0x61);
      assertThat(c.diagnostics()).isEqualTo(Octets.fromHex("ee"));
      assertThat(content(c)).isEqualTo(Octets.fromHex("0380e1ee"));
    }

    @Test
    void causes_map_to_the_outcomes_the_simulator_reports() {
      assertThat(CauseValue.NORMAL_CLEARING.outcome()).isEqualTo(CallOutcome.NORMAL);
      assertThat(CauseValue.USER_BUSY.outcome()).isEqualTo(CallOutcome.BUSY);
      assertThat(CauseValue.NO_ANSWER.outcome()).isEqualTo(CallOutcome.NO_ANSWER);
      assertThat(CauseValue.UNALLOCATED_NUMBER.outcome()).isEqualTo(CallOutcome.UNALLOCATED_NUMBER);
      assertThat(CauseValue.NO_CIRCUIT_AVAILABLE.outcome()).isEqualTo(CallOutcome.CONGESTION);
      assertThat(CauseValue.TEMPORARY_FAILURE.outcome()).isEqualTo(CallOutcome.TEMPORARY_FAILURE);
      assertThat(CauseValue.RECOVERY_ON_TIMER_EXPIRY.outcome()).isEqualTo(CallOutcome.TIMER_EXPIRY);
      assertThat(new CauseValue(97).outcome()).isEqualTo(CallOutcome.PROTOCOL_ERROR);
      assertThat(new CauseValue(58).outcome()).isEqualTo(CallOutcome.OTHER);
      assertThat(new CauseValue(127).causeClass()).isEqualTo(7);
    }
  }

  @Nested
  class RangeAndStatusParameter {
    @Test
    void status_bits_are_one_per_circuit_from_bit_one() {
      boolean[] bits = new boolean[10];
      bits[0] = true;
      bits[9] = true;
      RangeAndStatus rs = RangeAndStatus.of(bits);
      assertThat(content(rs)).isEqualTo(Octets.fromHex("090102"));
      assertThat(rs.status(9)).isTrue();
      assertThat(rs.status(8)).isFalse();
    }

    @Test
    void status_length_must_match_the_range() {
      assertThatThrownBy(() -> RangeAndStatus.decode(Octets.fromHex("0901")))
          .isInstanceOf(MalformedMessageException.class);
    }
  }

  @Nested
  class Indicators {
    @Test
    void fixed_length_indicators_reject_other_lengths() {
      assertThatThrownBy(() -> ForwardCallIndicators.decode(Octets.fromHex("20")))
          .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void indicator_bits_survive_including_spare_and_national_bits() throws Exception {
      roundTrip(new ForwardCallIndicators(0xffff));
      roundTrip(new BackwardCallIndicators(0xa5c3));
      roundTrip(new NatureOfConnectionIndicators(0xff));
      assertThat(new BackwardCallIndicators(0x1416).calledPartyStatus()).isEqualTo(1);
      assertThat(EventInformation.of(EventInformation.ALERTING).event()).isEqualTo(1);
    }

    @Test
    void unknown_parameter_codes_stay_raw() throws Exception {
      IsupParameter p = ParameterCodec.decode(0xfe, Octets.fromHex("0102"));
      assertThat(p).isEqualTo(new RawParameter(0xfe, Octets.fromHex("0102")));
    }
  }
}
