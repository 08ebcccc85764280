package org.ss7sim.inap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.wire.Octets;

/** Random arguments of every modelled operation: encode, decode, and get the same record back. */
class InapArgumentPropertyTest {

  @Property(tries = 300)
  void every_argument_survives_a_round_trip(@ForAll("arguments") InapArgument a) throws Exception {
    assertThat(InapCodec.decode(a.operation(), InapCodec.encode(a))).isEqualTo(a);
  }

  @Provide
  Arbitrary<InapArgument> arguments() {
    return Arbitraries.oneOf(
        initialDp(),
        connect(),
        release(),
        rrbe(),
        erb(),
        applyCharging(),
        Arbitraries.just(Continue.INSTANCE),
        bytes().map(ApplyChargingReportArg::new));
  }

  static Arbitrary<String> digits() {
    return Arbitraries.strings().withChars("0123456789bcf").ofMinLength(0).ofMaxLength(20);
  }

  static Arbitrary<Octets> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(Octets::wrap);
  }

  static Arbitrary<CalledPartyNumber> called() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 127),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 7),
            digits(),
            Arbitraries.integers().between(0, 15))
        .as(
            (nai, inn, npi, d, spare) ->
                new CalledPartyNumber(
                    NatureOfAddress.of(nai), inn, NumberingPlan.of(npi), d, spare, 0));
  }

  static Arbitrary<CallingPartyNumber> calling() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 127),
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            digits())
        .as(
            (nai, npi, apri, si, d) ->
                new CallingPartyNumber(
                    NatureOfAddress.of(nai), false, NumberingPlan.of(npi), apri, si, d, 0));
  }

  static Arbitrary<Cause> cause() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(-1, 127),
            Arbitraries.integers().between(0, 127),
            bytes())
        .as(Cause::new);
  }

  static Arbitrary<UnknownElement> extension(int after) {
    // [50]+ context elements never collide with the modelled tags
    return Arbitraries.integers()
        .between(50, 90)
        .map(n -> new UnknownElement(after, Octets.ofUnsigned(0x9f, n, 1, 0x5a)));
  }

  Arbitrary<InapArgument> initialDp() {
    return Combinators.combine(
            Arbitraries.longs().between(0, Integer.MAX_VALUE),
            called().injectNull(0.2),
            calling().injectNull(0.2),
            Arbitraries.integers().between(-1, 255),
            Arbitraries.of(EventTypeBcsm.class).injectNull(0.2),
            extension(0x80).list().ofMaxSize(2))
        .as(InitialDpArg::new);
  }

  Arbitrary<InapArgument> connect() {
    return Combinators.combine(
            called().list().ofMinSize(1).ofMaxSize(3), extension(0xa0).list().ofMaxSize(2))
        .as(ConnectArg::new);
  }

  Arbitrary<InapArgument> release() {
    return cause().map(ReleaseCallArg::new);
  }

  static Arbitrary<LegId> leg() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 255))
        .as(LegId::new);
  }

  Arbitrary<InapArgument> rrbe() {
    Arbitrary<BcsmEvent> event =
        Combinators.combine(
                Arbitraries.of(EventTypeBcsm.class),
                Arbitraries.of(MonitorMode.class),
                leg().injectNull(0.3))
            .as(BcsmEvent::of);
    return event
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(l -> new RequestReportBcsmEventArg(l, List.of()));
  }

  Arbitrary<InapArgument> erb() {
    Arbitrary<MiscCallInfo> misc =
        Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(-1, 2))
            .as(MiscCallInfo::new);
    return Combinators.combine(
            Arbitraries.of(EventTypeBcsm.class), leg().injectNull(0.3), misc.injectNull(0.3))
        .as((t, l, m) -> new EventReportBcsmArg(t, null, l, m, List.of()));
  }

  Arbitrary<InapArgument> applyCharging() {
    return Combinators.combine(bytes(), leg().injectNull(0.5))
        .as((b, l) -> new ApplyChargingArg(b, l, List.of()));
  }
}
