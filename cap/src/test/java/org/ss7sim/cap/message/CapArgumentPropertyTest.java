package org.ss7sim.cap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Random arguments of every modelled operation: encode, decode, and get the same record back; and
 * random unmodelled extension elements come back in place.
 */
class CapArgumentPropertyTest {

  @Property(tries = 500)
  void every_argument_survives_a_round_trip(@ForAll("arguments") CapArgument a) throws Exception {
    Octets bytes = CapCodec.encode(a);
    CapArgument back = CapCodec.decode(a.operation(), bytes);
    assertThat(back).isEqualTo(a);
    assertThat(CapCodec.encode(back)).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<CapArgument> arguments() {
    return Arbitraries.oneOf(
        List.of(
            initialDp(),
            connect(),
            cause().map(ReleaseCallArg::new),
            rrbe(),
            erb(),
            applyCharging(),
            acr(),
            cirq(),
            cirp(),
            fci(),
            resetTimer(),
            initialDpSms(),
            connectSms(),
            rrbSms(),
            erbSms(),
            Arbitraries.integers().between(0, 255).map(ReleaseSmsArg::new),
            Arbitraries.of(NoArgument.class).map(n -> (CapArgument) n)));
  }

  static Arbitrary<String> isupDigits() {
    return Arbitraries.strings().withChars("0123456789bcf").ofMinLength(1).ofMaxLength(16);
  }

  static Arbitrary<String> tbcd() {
    return Arbitraries.strings().withChars("0123456789*#abc").ofMinLength(1).ofMaxLength(16);
  }

  static Arbitrary<Octets> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Octets::wrap);
  }

  /** Extension elements [60..90] (after every modelled and listed tag), kept and written last. */
  static Arbitrary<List<RawElement>> extensions() {
    return Arbitraries.integers()
        .between(60, 90)
        .map(n -> new RawElement((0x9f << 24) | n, Octets.ofUnsigned(0x9f, n, 1, 0x5a)))
        .list()
        .ofMaxSize(2);
  }

  static Arbitrary<CalledPartyNumber> called() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 127),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 7),
            isupDigits(),
            Arbitraries.integers().between(0, 15))
        .as((nai, inn, npi, d, spare) -> new CalledPartyNumber(nai, inn, npi, d, spare, 0));
  }

  static Arbitrary<CallingPartyNumber> calling() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 127),
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            isupDigits(),
            Arbitraries.integers().between(0, 15))
        .as(
            (nai, npi, apri, si, d, filler) ->
                new CallingPartyNumber(
                    nai, false, npi, apri, si, d, d.length() % 2 == 1 ? filler : 0));
  }

  static Arbitrary<Cause> cause() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 127))
        .as(Cause::of);
  }

  static Arbitrary<AddressString> address() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 15), tbcd())
        .as(AddressString::new);
  }

  static Arbitrary<CalledPartyBcdNumber> bcd() {
    return Combinators.combine(Arbitraries.integers().between(0, 255), tbcd())
        .as(CalledPartyBcdNumber::new);
  }

  static Arbitrary<Imsi> imsi() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(15).map(Imsi::new);
  }

  static Arbitrary<LegId> leg() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 255))
        .as(LegId::new);
  }

  static Arbitrary<Integer> serviceKey() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  Arbitrary<CapArgument> initialDp() {
    Arbitrary<Object[]> head =
        Combinators.combine(
                serviceKey(),
                called().injectNull(0.2),
                calling().injectNull(0.2),
                Arbitraries.integers().between(0, 255).injectNull(0.3),
                Arbitraries.of(EventTypeBcsm.class).injectNull(0.2),
                imsi().injectNull(0.3))
            .as((a, b, c, d, e, f) -> new Object[] {a, b, c, d, e, f});
    return Combinators.combine(
            head,
            bytes(1, 8).injectNull(0.3),
            address().injectNull(0.3),
            bcd().injectNull(0.3),
            bytes(8, 8).injectNull(0.3),
            extensions())
        .as(
            (h, crn, msc, bcd, tz, ext) ->
                new InitialDpArg(
                    (Integer) h[0],
                    (CalledPartyNumber) h[1],
                    (CallingPartyNumber) h[2],
                    (Integer) h[3],
                    (EventTypeBcsm) h[4],
                    (Imsi) h[5],
                    crn,
                    msc,
                    bcd,
                    tz,
                    ext));
  }

  Arbitrary<CapArgument> connect() {
    return Combinators.combine(called(), extensions()).as((c, e) -> new ConnectArg(List.of(c), e));
  }

  Arbitrary<CapArgument> rrbe() {
    Arbitrary<BcsmEvent> event =
        Combinators.combine(
                Arbitraries.of(EventTypeBcsm.class),
                Arbitraries.of(MonitorMode.class),
                leg().injectNull(0.3))
            .as(BcsmEvent::of);
    return Combinators.combine(event.list().ofMinSize(1).ofMaxSize(30), extensions())
        .as(RequestReportBcsmEventArg::new);
  }

  Arbitrary<CapArgument> erb() {
    Arbitrary<EventSpecificInformationBcsm> esi =
        Arbitraries.integers()
            .between(2, 12)
            .flatMap(
                alt ->
                    EventSpecificInformationBcsm.hasCause(alt)
                        ? cause().injectNull(0.3).map(c -> EventSpecificInformationBcsm.of(alt, c))
                        : Arbitraries.just(EventSpecificInformationBcsm.of(alt, null)));
    Arbitrary<MiscCallInfo> misc =
        Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 2).injectNull(0.5))
            .as((n, d) -> new MiscCallInfo(n, d, List.of()));
    return Combinators.combine(
            Arbitraries.of(EventTypeBcsm.class),
            esi.injectNull(0.3),
            leg().injectNull(0.3),
            misc.injectNull(0.3),
            extensions())
        .as(EventReportBcsmArg::new);
  }

  Arbitrary<CapArgument> applyCharging() {
    Arbitrary<TimeDurationCharging> tdc =
        Combinators.combine(
                Arbitraries.integers().between(1, 864000),
                Arbitraries.of(true, false)
                    .injectNull(0.3)
                    .map(t -> new ReleaseIfDurationExceeded(t, List.of()))
                    .injectNull(0.4),
                Arbitraries.integers().between(1, 86400).injectNull(0.5))
            .as((m, r, t) -> new TimeDurationCharging(m, r, t, List.of()));
    return Combinators.combine(tdc, leg().injectNull(0.4), extensions()).as(ApplyChargingArg::new);
  }

  Arbitrary<CapArgument> acr() {
    Arbitrary<TimeInformation> time =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 864000).map(TimeInformation::noTariffSwitch),
            Combinators.combine(
                    Arbitraries.integers().between(0, 864000),
                    Arbitraries.integers().between(1, 864000).injectNull(0.4))
                .as((s, i) -> new TimeInformation(true, s, i)));
    return Combinators.combine(
            leg(), time, Arbitraries.of(true, false).injectNull(0.4), Arbitraries.of(true, false))
        .as(
            (l, t, a, r) ->
                new ApplyChargingReportArg(new TimeDurationChargingResult(l, t, a, r, List.of())));
  }

  Arbitrary<CapArgument> cirq() {
    return Combinators.combine(
            Arbitraries.of(RequestedInformationType.class).list().ofMinSize(1).ofMaxSize(4),
            leg().injectNull(0.4),
            extensions())
        .as(CallInformationRequestArg::new);
  }

  Arbitrary<CapArgument> cirp() {
    Arbitrary<RequestedInformation> item =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(0, 255)
                .map(RequestedInformation::callAttemptElapsedTime),
            Arbitraries.longs()
                .between(0, Integer.MAX_VALUE)
                .map(RequestedInformation::callConnectedElapsedTime),
            bytes(7, 7).map(RequestedInformation::callStopTime),
            cause().map(RequestedInformation::releaseCause));
    return Combinators.combine(
            item.list().ofMinSize(1).ofMaxSize(4), leg().injectNull(0.4), extensions())
        .as(CallInformationReportArg::new);
  }

  Arbitrary<CapArgument> fci() {
    return Combinators.combine(
            bytes(3, 160),
            leg().injectNull(0.4),
            Arbitraries.integers().between(0, 1).injectNull(0.5))
        .as((d, l, a) -> new FurnishChargingInformationArg(d, l, a, List.of()));
  }

  Arbitrary<CapArgument> resetTimer() {
    return Combinators.combine(Arbitraries.just(0).injectNull(0.5), serviceKey(), extensions())
        .as(ResetTimerArg::new);
  }

  Arbitrary<CapArgument> initialDpSms() {
    Arbitrary<Object[]> head =
        Combinators.combine(
                serviceKey(),
                bcd().injectNull(0.3),
                address().injectNull(0.3),
                Arbitraries.of(EventTypeSms.class).injectNull(0.3),
                imsi().injectNull(0.3),
                address().injectNull(0.3),
                bytes(8, 8).injectNull(0.3))
            .as((a, b, c, d, e, f, g) -> new Object[] {a, b, c, d, e, f, g});
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255).injectNull(0.3);
    return Combinators.combine(
            head,
            octet,
            octet,
            octet,
            bytes(1, 7).injectNull(0.3),
            bytes(1, 8).injectNull(0.3),
            address().injectNull(0.3),
            extensions())
        .as(
            (h, smi, pid, dcs, vp, ref, msc, ext) ->
                new InitialDpSmsArg(
                    (Integer) h[0],
                    (CalledPartyBcdNumber) h[1],
                    (AddressString) h[2],
                    (EventTypeSms) h[3],
                    (Imsi) h[4],
                    (AddressString) h[5],
                    (Octets) h[6],
                    smi,
                    pid,
                    dcs,
                    vp,
                    ref,
                    msc,
                    ext));
  }

  Arbitrary<CapArgument> connectSms() {
    return Combinators.combine(
            address().injectNull(0.3),
            bcd().injectNull(0.3),
            address().injectNull(0.3),
            extensions())
        .as(ConnectSmsArg::new);
  }

  Arbitrary<CapArgument> rrbSms() {
    Arbitrary<SmsEvent> event =
        Combinators.combine(Arbitraries.of(EventTypeSms.class), Arbitraries.of(MonitorMode.class))
            .as(SmsEvent::of);
    return Combinators.combine(event.list().ofMinSize(1).ofMaxSize(10), extensions())
        .as(RequestReportSmsEventArg::new);
  }

  Arbitrary<CapArgument> erbSms() {
    Arbitrary<EventSpecificInformationSms> esi =
        Combinators.combine(Arbitraries.integers().between(0, 3), bytes(1, 1).injectNull(0.5))
            .as((a, c) -> new EventSpecificInformationSms(a, c, List.of()));
    return Combinators.combine(
            Arbitraries.of(EventTypeSms.class),
            esi.injectNull(0.3),
            Arbitraries.of(MiscCallInfo.REQUEST, MiscCallInfo.NOTIFICATION).injectNull(0.3),
            extensions())
        .as(EventReportSmsArg::new);
  }
}
