package org.ss7sim.smpp.pdu;

import static org.ss7sim.smpp.pdu.Fields.readAddress;
import static org.ss7sim.smpp.pdu.Fields.readCString;
import static org.ss7sim.smpp.pdu.Fields.readShortMessage;
import static org.ss7sim.smpp.pdu.Fields.readTlvs;
import static org.ss7sim.smpp.pdu.Fields.writeAddress;
import static org.ss7sim.smpp.pdu.Fields.writeCString;
import static org.ss7sim.smpp.pdu.Fields.writeShortMessage;
import static org.ss7sim.smpp.pdu.Fields.writeTlvs;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/** The bodies of submit_sm, deliver_sm (SMPP 3.4 §4.4.1, §4.6.1) and submit_multi (§4.5). */
final class ShortMessageBodies {
  private static final int DEST_FLAG_SME = 1;
  private static final int DEST_FLAG_DL = 2;

  private ShortMessageBodies() {}

  static ShortMessagePdu decode(CommandId id, CommandStatus st, int seq, WireReader in)
      throws MalformedMessageException {
    String serviceType = readCString(in, Field.SERVICE_TYPE);
    Address source = readAddress(in, Field.SOURCE_ADDR);
    Address dest = readAddress(in, Field.DESTINATION_ADDR);
    Tail t = readTail(in);
    ShortMessageBody body =
        new ShortMessageBody(
            serviceType,
            source,
            dest,
            t.esmClass,
            t.protocolId,
            t.priorityFlag,
            t.scheduleDeliveryTime,
            t.validityPeriod,
            t.registeredDelivery,
            t.replaceIfPresent,
            t.dataCoding,
            t.smDefaultMsgId,
            t.shortMessage,
            readTlvs(in));
    return id == CommandId.SUBMIT_SM ? new SubmitSm(st, seq, body) : new DeliverSm(st, seq, body);
  }

  static void encode(ShortMessagePdu m, WireWriter out) {
    writeCString(out, m.serviceType(), Field.SERVICE_TYPE);
    writeAddress(out, m.source(), Field.SOURCE_ADDR);
    writeAddress(out, m.destination(), Field.DESTINATION_ADDR);
    writeTail(
        out,
        new Tail(
            m.esmClass(),
            m.protocolId(),
            m.priorityFlag(),
            m.scheduleDeliveryTime(),
            m.validityPeriod(),
            m.registeredDelivery(),
            m.replaceIfPresent(),
            m.dataCoding(),
            m.smDefaultMsgId(),
            m.shortMessage()));
    writeTlvs(out, m.tlvs());
  }

  /**
   * The fields from esm_class to short_message, laid out alike in submit_sm, deliver_sm and
   * submit_multi (SMPP 3.4 §4.4.1, §4.5.1, §4.6.1).
   */
  private record Tail(
      EsmClass esmClass,
      int protocolId,
      int priorityFlag,
      String scheduleDeliveryTime,
      String validityPeriod,
      RegisteredDelivery registeredDelivery,
      int replaceIfPresent,
      DataCoding dataCoding,
      int smDefaultMsgId,
      Octets shortMessage) {}

  private static Tail readTail(WireReader in) throws MalformedMessageException {
    EsmClass esm = new EsmClass(in.readU8());
    int pid = in.readU8();
    int priority = in.readU8();
    String schedule = readCString(in, Field.SCHEDULE_DELIVERY_TIME);
    String validity = readCString(in, Field.VALIDITY_PERIOD);
    RegisteredDelivery rd = new RegisteredDelivery(in.readU8());
    int replace = in.readU8();
    DataCoding dc = new DataCoding(in.readU8());
    int defaultMsgId = in.readU8();
    Octets sm = readShortMessage(in);
    return new Tail(esm, pid, priority, schedule, validity, rd, replace, dc, defaultMsgId, sm);
  }

  private static void writeTail(WireWriter out, Tail t) {
    out.writeU8(t.esmClass.value()).writeU8(t.protocolId).writeU8(t.priorityFlag);
    writeCString(out, t.scheduleDeliveryTime, Field.SCHEDULE_DELIVERY_TIME);
    writeCString(out, t.validityPeriod, Field.VALIDITY_PERIOD);
    out.writeU8(t.registeredDelivery.value())
        .writeU8(t.replaceIfPresent)
        .writeU8(t.dataCoding.value())
        .writeU8(t.smDefaultMsgId);
    writeShortMessage(out, t.shortMessage);
  }

  static SubmitMulti decodeMulti(CommandStatus st, int seq, WireReader in)
      throws MalformedMessageException {
    String serviceType = readCString(in, Field.SERVICE_TYPE);
    Address source = readAddress(in, Field.SOURCE_ADDR);
    int n = in.readU8();
    if (n == 0 || n > Field.NUMBER_OF_DESTS.maxLength()) {
      throw Fields.malformed(in, Field.NUMBER_OF_DESTS, "number_of_dests " + n + " outside 1..254");
    }
    List<MultiDestination> dests = PduCodec.list(n);
    for (int i = 0; i < n; i++) {
      int flag = in.readU8();
      switch (flag) {
        case DEST_FLAG_SME ->
            dests.add(new MultiDestination.Sme(readAddress(in, Field.DESTINATION_ADDR)));
        case DEST_FLAG_DL ->
            dests.add(new MultiDestination.DistributionList(readCString(in, Field.DL_NAME)));
        default ->
            throw Fields.malformed(
                in, Field.DEST_FLAG, "dest_flag " + flag + " is neither 1 nor 2");
      }
    }
    Tail t = readTail(in);
    return new SubmitMulti(
        st,
        seq,
        serviceType,
        source,
        dests,
        t.esmClass,
        t.protocolId,
        t.priorityFlag,
        t.scheduleDeliveryTime,
        t.validityPeriod,
        t.registeredDelivery,
        t.replaceIfPresent,
        t.dataCoding,
        t.smDefaultMsgId,
        t.shortMessage,
        readTlvs(in));
  }

  static void encodeMulti(SubmitMulti m, WireWriter out) {
    writeCString(out, m.serviceType(), Field.SERVICE_TYPE);
    writeAddress(out, m.source(), Field.SOURCE_ADDR);
    if (m.destinations().isEmpty() || m.destinations().size() > Field.NUMBER_OF_DESTS.maxLength()) {
      throw new IllegalArgumentException(
          "submit_multi needs 1..254 destinations: " + m.destinations().size());
    }
    out.writeU8(m.destinations().size());
    for (MultiDestination d : m.destinations()) {
      if (d instanceof MultiDestination.Sme sme) {
        out.writeU8(DEST_FLAG_SME);
        writeAddress(out, sme.address(), Field.DESTINATION_ADDR);
      } else if (d instanceof MultiDestination.DistributionList dl) {
        out.writeU8(DEST_FLAG_DL);
        writeCString(out, dl.name(), Field.DL_NAME);
      }
    }
    writeTail(
        out,
        new Tail(
            m.esmClass(),
            m.protocolId(),
            m.priorityFlag(),
            m.scheduleDeliveryTime(),
            m.validityPeriod(),
            m.registeredDelivery(),
            m.replaceIfPresent(),
            m.dataCoding(),
            m.smDefaultMsgId(),
            m.shortMessage()));
    writeTlvs(out, m.tlvs());
  }

  static SubmitMultiResp decodeMultiResp(CommandStatus st, int seq, WireReader in)
      throws MalformedMessageException {
    if (!in.hasRemaining()) {
      return new SubmitMultiResp(st, seq, null, List.of(), Tlvs.EMPTY);
    }
    String messageId = readCString(in, Field.MESSAGE_ID);
    int n = in.readU8();
    List<UnsuccessfulDelivery> failed = PduCodec.list(n);
    for (int i = 0; i < n; i++) {
      Address a = readAddress(in, Field.DESTINATION_ADDR);
      failed.add(new UnsuccessfulDelivery(a, CommandStatus.of(in.readI32())));
    }
    return new SubmitMultiResp(st, seq, messageId, failed, readTlvs(in));
  }

  static void encodeMultiResp(SubmitMultiResp r, WireWriter out) {
    if (r.messageId() == null) {
      return;
    }
    writeCString(out, r.messageId(), Field.MESSAGE_ID);
    out.writeU8(r.unsuccessful().size());
    for (UnsuccessfulDelivery u : r.unsuccessful()) {
      writeAddress(out, u.address(), Field.DESTINATION_ADDR);
      out.writeI32(u.error().code());
    }
    writeTlvs(out, r.tlvs());
  }
}
