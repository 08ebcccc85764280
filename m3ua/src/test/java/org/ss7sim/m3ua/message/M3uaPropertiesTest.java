package org.ss7sim.m3ua.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** Property round trips: any valid message decodes back to itself after encoding. */
class M3uaPropertiesTest {
  @Provide
  Arbitrary<Data> data() {
    Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xffffffffL);
    Arbitrary<ProtocolData> pd =
        Combinators.combine(
                u32,
                u32,
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
            .as(
                (opc, dpc, si, sls, ud) ->
                    new ProtocolData(opc, dpc, si, 2, 0, sls, Octets.wrap(ud)));
    return Combinators.combine(
            u32.injectNull(0.5), u32.list().ofMaxSize(4), pd, u32.injectNull(0.5))
        .as((na, rc, p, corr) -> new Data(na, rc, p, corr, List.of()));
  }

  @Property(tries = 300)
  void data_round_trips(@ForAll("data") Data d) throws MalformedMessageException {
    assertThat(M3uaCodec.decode(M3uaCodec.encode(d))).isEqualTo(d);
  }

  @Provide
  Arbitrary<M3uaMessage> management() {
    Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xffffffffL);
    Arbitrary<String> info = Arbitraries.strings().alpha().ofMaxLength(60).injectNull(0.5);
    Arbitrary<AffectedPointCode> apc =
        Combinators.combine(
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xffffff))
            .as(AffectedPointCode::new);
    return Arbitraries.oneOf(
        Combinators.combine(u32.injectNull(0.5), info).as((id, s) -> new AspUp(id, s, List.of())),
        Combinators.combine(u32.list().ofMaxSize(3), info)
            .as((rc, s) -> new AspActive(TrafficModeType.LOADSHARE, rc, s, List.of())),
        Combinators.combine(u32.list().ofMaxSize(3), apc.list().ofMinSize(1).ofMaxSize(5), info)
            .as((rc, a, s) -> new DestinationUnavailable(null, rc, a, s, List.of())),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(100)
            .map(b -> new Heartbeat(Octets.wrap(b), List.of())));
  }

  @Property(tries = 300)
  void management_messages_round_trip(@ForAll("management") M3uaMessage m)
      throws MalformedMessageException {
    assertThat(M3uaCodec.decode(M3uaCodec.encode(m))).isEqualTo(m);
  }
}
