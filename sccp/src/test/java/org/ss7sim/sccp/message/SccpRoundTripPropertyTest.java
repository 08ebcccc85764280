package org.ss7sim.sccp.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.address.SccpAddressCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** Property round trips: any address or message we can build decodes back to itself. */
class SccpRoundTripPropertyTest {

  @Provide
  Arbitrary<GlobalTitle> globalTitles() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789abcdef").ofMaxLength(20);
    Arbitrary<GlobalTitleIndicator> gti =
        Arbitraries.of(
            GlobalTitleIndicator.NAI_ONLY,
            GlobalTitleIndicator.TT_ONLY,
            GlobalTitleIndicator.TT_NP_ES,
            GlobalTitleIndicator.TT_NP_ES_NAI);
    return Combinators.combine(
            gti,
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(0, 127),
            digits,
            Arbitraries.of(true, false))
        .as(
            (i, tt, np, nai, d, spare) -> {
              boolean evenOnly = i == GlobalTitleIndicator.TT_ONLY;
              String ds = evenOnly && d.length() % 2 == 1 ? d + "0" : d;
              return switch (i) {
                case NAI_ONLY -> new GlobalTitle(i, 0, 0, nai, ds);
                case TT_ONLY -> new GlobalTitle(i, tt, 0, 0, ds, 0);
                case TT_NP_ES -> new GlobalTitle(i, tt, np, 0, ds);
                default -> new GlobalTitle(i, tt, np, nai, ds, ds.length() % 2 == 1 ? 1 : 2, spare);
              };
            });
  }

  @Provide
  Arbitrary<SccpAddress> addresses() {
    Arbitrary<PointCode> pc =
        Arbitraries.integers().between(0, 0x3fff).map(PointCode::itu).injectNull(0.3);
    Arbitrary<Ssn> ssn = Arbitraries.integers().between(0, 255).map(Ssn::new).injectNull(0.3);
    return Combinators.combine(
            Arbitraries.of(RoutingIndicator.class),
            pc,
            ssn,
            globalTitles().injectNull(0.3),
            Arbitraries.of(true, false))
        .as(SccpAddress::new);
  }

  @Property(tries = 500)
  void addresses_round_trip(@ForAll("addresses") SccpAddress address)
      throws MalformedMessageException {
    assertThat(SccpAddressCodec.decode(SccpAddressCodec.encode(address))).isEqualTo(address);
  }

  @Provide
  Arbitrary<SccpMessage> messages() {
    Arbitrary<Octets> data =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(180).map(Octets::wrap);
    Arbitrary<ProtocolClassField> pcf =
        Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(0, 8))
            .as(ProtocolClassField::new);
    Arbitrary<List<OptionalParameter>> opt =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 0xffffff),
                Arbitraries.integers().between(-1, 7))
            .as(
                (seg, rem, ref, imp) -> {
                  List<OptionalParameter> l = new ArrayList<>();
                  if (seg) {
                    l.add(new Segmentation(rem % 2 == 0, rem % 3 == 0, rem, ref).toParameter());
                  }
                  if (imp >= 0) {
                    l.add(new Importance(imp).toParameter());
                  }
                  return l;
                });
    Arbitrary<Integer> hop = Arbitraries.integers().between(1, 15);
    Arbitrary<ReturnCause> rc = Arbitraries.integers().between(0, 255).map(ReturnCause::new);
    Arbitrary<SccpAddress> a = addresses();
    return Arbitraries.oneOf(
        Combinators.combine(pcf, a, a, data).as(Unitdata::new),
        Combinators.combine(rc, a, a, data).as(UnitdataService::new),
        Combinators.combine(pcf, hop, a, a, data, opt).as(ExtendedUnitdata::new),
        Combinators.combine(rc, hop, a, a, data, opt).as(ExtendedUnitdataService::new),
        Combinators.combine(pcf, hop, a, a, data, opt).as(LongUnitdata::new),
        Combinators.combine(rc, hop, a, a, data, opt).as(LongUnitdataService::new));
  }

  @Property(tries = 500)
  void messages_round_trip(@ForAll("messages") SccpMessage message)
      throws MalformedMessageException {
    Octets bytes = SccpMessageCodec.encode(message);
    assertThat(SccpMessageCodec.decode(bytes)).isEqualTo(message);
    assertThat(SccpMessageCodec.encode(SccpMessageCodec.decode(bytes))).isEqualTo(bytes);
  }
}
