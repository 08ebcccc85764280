package org.ss7sim.isup.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.IsupParameter;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.RangeAndStatus;
import org.ss7sim.isup.parameter.RawParameter;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** Property round trips: any message we can build encodes and decodes back to itself. */
class IsupMessagePropertiesTest {

  static void roundTrips(IsupMessage m) throws MalformedMessageException {
    Octets bytes = IsupMessageCodec.encode(m);
    IsupMessage back = IsupMessageCodec.decode(bytes);
    assertThat(back).isEqualTo(m);
    assertThat(IsupMessageCodec.encode(back)).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().withChars("0123456789bcf").ofMinLength(1).ofMaxLength(24);
  }

  @Provide
  Arbitrary<List<IsupParameter>> unknownParameters() {
    Arbitrary<IsupParameter> raw =
        Combinators.combine(
                Arbitraries.integers().between(0xe0, 0xfe),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20))
            .as((code, bytes) -> new RawParameter(code, Octets.of(bytes)));
    return raw.list().ofMaxSize(4);
  }

  @Property(tries = 300)
  void any_iam_round_trips(
      @ForAll @IntRange(max = 4095) int cic,
      @ForAll @IntRange(max = 255) int nci,
      @ForAll @IntRange(max = 0xffff) int fci,
      @ForAll @IntRange(max = 255) int category,
      @ForAll("digits") String called,
      @ForAll("digits") String calling,
      @ForAll @IntRange(max = 127) int nai,
      @ForAll("unknownParameters") List<IsupParameter> unknown)
      throws Exception {
    List<IsupParameter> optional = new ArrayList<>();
    optional.add(new CallingPartyNumber(nai, false, 1, 0, 3, calling));
    optional.addAll(unknown);
    roundTrips(
        new InitialAddress(
            Cic.of(cic),
            new NatureOfConnectionIndicators(nci),
            new ForwardCallIndicators(fci),
            new CallingPartysCategory(category),
            TransmissionMediumRequirement.SPEECH,
            new CalledPartyNumber(nai, true, 1, called),
            new OptionalParameters(optional)));
  }

  @Property(tries = 200)
  void any_release_round_trips(
      @ForAll @IntRange(max = 4095) int cic,
      @ForAll @IntRange(max = 127) int cause,
      @ForAll @IntRange(max = 15) int location,
      @ForAll byte[] diagnostics,
      @ForAll("unknownParameters") List<IsupParameter> unknown)
      throws Exception {
    if (diagnostics.length > 30) {
      diagnostics = java.util.Arrays.copyOf(diagnostics, 30);
    }
    roundTrips(
        new Release(
            Cic.of(cic),
            new CauseIndicators(0, location, -1, new CauseValue(cause), Octets.of(diagnostics)),
            new OptionalParameters(unknown)));
  }

  @Property(tries = 200)
  void any_group_message_round_trips(
      @ForAll @IntRange(max = 4000) int cic, @ForAll @IntRange(min = 1, max = 31) int range)
      throws Exception {
    boolean[] status = new boolean[range + 1];
    for (int i = 0; i < status.length; i++) {
      status[i] = (cic + i) % 3 == 0;
    }
    roundTrips(new CircuitGroupReset(Cic.of(cic), RangeAndStatus.rangeOnly(range)));
    roundTrips(new CircuitGroupResetAcknowledgement(Cic.of(cic), RangeAndStatus.of(status)));
    roundTrips(
        new CircuitGroupBlocking(
            Cic.of(cic),
            org.ss7sim.isup.parameter.CircuitGroupSupervisionType.HARDWARE_FAILURE,
            RangeAndStatus.of(status)));
  }

  @Property(tries = 500)
  void random_bytes_never_throw_anything_but_malformed(@ForAll byte[] bytes) {
    try {
      IsupMessage m = IsupMessageCodec.decode(Octets.of(bytes));
      assertThat(IsupMessageCodec.encode(m)).isNotNull();
    } catch (MalformedMessageException expected) {
      assertThat(expected.reason()).isNotBlank();
    }
  }
}
