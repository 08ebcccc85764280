package org.ss7sim.tcap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** Property: any message we can build encodes to bytes that decode back to the same message. */
class TcMessagePropertiesTest {
  @Property(tries = 200)
  void messages_round_trip(@ForAll("messages") TcMessage m) throws MalformedMessageException {
    Octets bytes = TcMessageCodec.encode(m);
    assertThat(TcMessageCodec.decode(bytes)).isEqualTo(m);
    assertThat(TcMessageCodec.encode(TcMessageCodec.decode(bytes))).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<TcMessage> messages() {
    Arbitrary<TransactionId> tid =
        Arbitraries.integers()
            .between(1, 4)
            .flatMap(
                len ->
                    Arbitraries.integers()
                        .between(0, len == 4 ? Integer.MAX_VALUE : (1 << (8 * len)) - 1)
                        .map(v -> new TransactionId(v, len)));
    Arbitrary<DialoguePortion> dp =
        Combinators.combine(
                Arbitraries.longs().between(0, 100000).list().ofMinSize(0).ofMaxSize(5),
                parameter().injectNull(0.5))
            .as(
                (arcs, ui) -> {
                  long[] all = new long[arcs.size() + 2];
                  all[1] = 4;
                  for (int i = 0; i < arcs.size(); i++) {
                    all[i + 2] = arcs.get(i);
                  }
                  return new DialoguePortion(Aarq.of(ObjectIdentifier.of(all), ui));
                })
            .injectNull(0.3);
    Arbitrary<List<Component>> components = component().list().ofMaxSize(4);
    return Arbitraries.integers()
        .between(0, 2)
        .flatMap(
            kind ->
                Combinators.combine(tid, tid, dp, components)
                    .as(
                        (o, d, p, c) ->
                            switch (kind) {
                              case 0 -> new Begin(o, p, c);
                              case 1 -> new Continue(o, d, p, c);
                              default -> new End(d, p, c);
                            }));
  }

  Arbitrary<Octets> parameter() {
    return Arbitraries.bytes()
        .list()
        .ofMaxSize(300)
        .map(
            bytes -> {
              byte[] b = new byte[bytes.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = bytes.get(i);
              }
              WireWriter out = new WireWriter();
              new BerWriter(out).octetString(BerTag.OCTET_STRING, Octets.wrap(b));
              return out.toOctets();
            });
  }

  Arbitrary<Component> component() {
    Arbitrary<InvokeId> id = Arbitraries.integers().between(-128, 127).map(InvokeId::of);
    Arbitrary<OperationCode> op =
        Arbitraries.longs().between(-70000, 70000).map(OperationCode::local);
    Arbitrary<Component> invoke =
        Combinators.combine(id, id.injectNull(0.5), op, parameter().injectNull(0.3))
            .as(Invoke::new);
    Arbitrary<Component> result =
        Combinators.combine(id, Arbitraries.of(true, false), op, parameter()).as(ReturnResult::new);
    Arbitrary<Component> error =
        Combinators.combine(
                id,
                Arbitraries.integers().between(0, 255).map(ErrorCode::local),
                parameter().injectNull(0.5))
            .as(ReturnError::new);
    Arbitrary<Component> reject =
        Combinators.combine(
                id.injectNull(0.3),
                Arbitraries.of(RejectProblem.ProblemType.values()),
                Arbitraries.integers().between(0, 7))
            .as((i, t, c) -> new Reject(i, new RejectProblem(t, c)));
    return Arbitraries.oneOf(invoke, result, error, reject);
  }
}
