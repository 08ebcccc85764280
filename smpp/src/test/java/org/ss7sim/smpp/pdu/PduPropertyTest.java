package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ss7sim.wire.Octets;

/** Property round trips: any well-formed PDU we can build encodes and decodes back to itself. */
class PduPropertyTest {

  @Property(tries = 300)
  void submit_and_deliver_sm_round_trip(@ForAll("shortMessages") ShortMessagePdu pdu)
      throws Exception {
    assertThat(PduCodec.decode(Octets.wrap(PduCodec.encode(pdu)))).isEqualTo(pdu);
  }

  @Property(tries = 200)
  void binds_round_trip(@ForAll("binds") BindRequest pdu) throws Exception {
    assertThat(PduCodec.decode(Octets.wrap(PduCodec.encode(pdu)))).isEqualTo(pdu);
  }

  @Provide
  Arbitrary<ShortMessagePdu> shortMessages() {
    Arbitrary<Address> source = address(20);
    Arbitrary<Address> dest = address(20);
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    Arbitrary<Octets> sm = Arbitraries.bytes().array(byte[].class).ofMaxSize(254).map(Octets::wrap);
    Arbitrary<String> time =
        Arbitraries.of("", "260101120000000+", "000001000000000R", "991231235959948-");
    Arbitrary<Tlvs> tlvs = tlvs();
    Arbitrary<Boolean> deliver = Arbitraries.of(true, false);
    return Combinators.combine(
            Combinators.combine(cString(5), source, dest, octet, octet, time, time, octet)
                .as(Head::new),
            Combinators.combine(octet, octet, octet, sm, tlvs, deliver, Arbitraries.integers())
                .as(Tail::new))
        .as(
            (h, t) ->
                t.deliver
                    ? new DeliverSm(
                        CommandStatus.OK,
                        t.seq,
                        new ShortMessageBody(
                            h.serviceType,
                            h.source,
                            h.dest,
                            new EsmClass(h.esm),
                            h.pid,
                            t.priority,
                            h.schedule,
                            h.validity,
                            new RegisteredDelivery(h.rd),
                            t.replace,
                            new DataCoding(t.dc),
                            0,
                            t.sm,
                            t.tlvs))
                    : new SubmitSm(
                        CommandStatus.OK,
                        t.seq,
                        new ShortMessageBody(
                            h.serviceType,
                            h.source,
                            h.dest,
                            new EsmClass(h.esm),
                            h.pid,
                            t.priority,
                            h.schedule,
                            h.validity,
                            new RegisteredDelivery(h.rd),
                            t.replace,
                            new DataCoding(t.dc),
                            0,
                            t.sm,
                            t.tlvs)));
  }

  @Provide
  Arbitrary<BindRequest> binds() {
    return Combinators.combine(
            Arbitraries.of(BindType.values()),
            cString(15),
            cString(8),
            cString(12),
            Arbitraries.integers().between(0, 255),
            address(40),
            Arbitraries.integers())
        .as((type, id, pw, st, v, range, seq) -> BindRequest.of(type, seq, id, pw, st, v, range));
  }

  private record Head(
      String serviceType,
      Address source,
      Address dest,
      int esm,
      int pid,
      String schedule,
      String validity,
      int rd) {}

  private record Tail(
      int priority, int replace, int dc, Octets sm, Tlvs tlvs, boolean deliver, int seq) {}

  private static Arbitrary<String> cString(int max) {
    return Arbitraries.strings().withCharRange((char) 1, (char) 0xff).ofMaxLength(max);
  }

  private static Arbitrary<Address> address(int max) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(0, 255),
            cString(max))
        .as(Address::new);
  }

  /** Unknown tags with any value, and known tags with a value of an allowed length. */
  private static Arbitrary<Tlvs> tlvs() {
    Arbitrary<Tlv> unknown =
        Combinators.combine(
                Arbitraries.integers().between(0x1400, 0x14ff),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
            .as((tag, v) -> new Tlv(tag, Octets.wrap(v)));
    Arbitrary<Tlv> known =
        Arbitraries.of(TlvTag.values())
            .flatMap(
                t ->
                    Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(t.minLength())
                        .ofMaxSize(Math.min(t.maxLength(), 64))
                        .map(v -> Tlv.of(t, Octets.wrap(v))));
    return Arbitraries.oneOf(unknown, known)
        .list()
        .ofMaxSize(5)
        .map(l -> new Tlvs(new ArrayList<>(l)));
  }
}
