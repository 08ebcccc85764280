package org.ss7sim.smpp.pdu;

import static org.ss7sim.smpp.pdu.Fields.readAddress;
import static org.ss7sim.smpp.pdu.Fields.readCString;
import static org.ss7sim.smpp.pdu.Fields.readShortMessage;
import static org.ss7sim.smpp.pdu.Fields.readTlvs;
import static org.ss7sim.smpp.pdu.Fields.writeAddress;
import static org.ss7sim.smpp.pdu.Fields.writeCString;
import static org.ss7sim.smpp.pdu.Fields.writeShortMessage;
import static org.ss7sim.smpp.pdu.Fields.writeTlvs;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * Encodes and decodes whole PDUs (SMPP 3.4 §3.2): a 16-octet header (command_length, command_id,
 * command_status, sequence_number) and the body of the command. Stateless.
 *
 * <p>Decoding checks command_length against the octets given, every C-Octet string against its
 * maximum, sm_length and every TLV length against what is left; failures name the {@link Field}
 * whose command_status answers them.
 */
public final class PduCodec {
  /** Octets in the PDU header. */
  public static final int HEADER_LENGTH = 16;

  private PduCodec() {}

  /** Decodes one PDU that must fill {@code pdu} exactly. */
  public static Pdu decode(Octets pdu) throws MalformedMessageException {
    return decode(pdu.reader());
  }

  /** Decodes one PDU from {@code in}, which must hold exactly that PDU. */
  public static Pdu decode(WireReader in) throws MalformedMessageException {
    if (in.remaining() < HEADER_LENGTH) {
      throw Fields.malformed(
          in, Field.COMMAND_LENGTH, "PDU shorter than its 16-octet header: " + in.remaining());
    }
    long length = in.readU32();
    if (length != in.remaining() + 4) {
      throw Fields.malformed(
          in,
          Field.COMMAND_LENGTH,
          "command_length " + length + " but the PDU has " + (in.remaining() + 4) + " octets");
    }
    long code = in.readU32();
    CommandStatus status = CommandStatus.of(in.readI32());
    int seq = in.readI32();
    WireReader body = in.limited(in.remaining());
    CommandId id = CommandId.of(code);
    if (id == null) {
      return new UnknownPdu(code, status, seq, body.readRemaining());
    }
    Pdu pdu = decodeBody(id, status, seq, body);
    if (body.hasRemaining()) {
      throw Fields.malformed(body, Field.BODY, body.remaining() + " octets after the last field");
    }
    return pdu;
  }

  private static Pdu decodeBody(CommandId id, CommandStatus st, int seq, WireReader in)
      throws MalformedMessageException {
    return switch (id) {
      case GENERIC_NACK -> new GenericNack(st, headerOnly(in, seq));
      case UNBIND -> new Unbind(st, headerOnly(in, seq));
      case UNBIND_RESP -> new UnbindResp(st, headerOnly(in, seq));
      case ENQUIRE_LINK -> new EnquireLink(st, headerOnly(in, seq));
      case ENQUIRE_LINK_RESP -> new EnquireLinkResp(st, headerOnly(in, seq));
      case CANCEL_SM_RESP -> new CancelSmResp(st, headerOnly(in, seq));
      case REPLACE_SM_RESP -> new ReplaceSmResp(st, headerOnly(in, seq));
      case BIND_TRANSMITTER, BIND_RECEIVER, BIND_TRANSCEIVER -> decodeBind(id, st, seq, in);
      case BIND_TRANSMITTER_RESP ->
          in.hasRemaining()
              ? new BindTransmitterResp(st, seq, readCString(in, Field.SYSTEM_ID), readTlvs(in))
              : new BindTransmitterResp(st, seq, null, Tlvs.EMPTY);
      case BIND_RECEIVER_RESP ->
          in.hasRemaining()
              ? new BindReceiverResp(st, seq, readCString(in, Field.SYSTEM_ID), readTlvs(in))
              : new BindReceiverResp(st, seq, null, Tlvs.EMPTY);
      case BIND_TRANSCEIVER_RESP ->
          in.hasRemaining()
              ? new BindTransceiverResp(st, seq, readCString(in, Field.SYSTEM_ID), readTlvs(in))
              : new BindTransceiverResp(st, seq, null, Tlvs.EMPTY);
      case OUTBIND ->
          new Outbind(st, seq, readCString(in, Field.SYSTEM_ID), readCString(in, Field.PASSWORD));
      case SUBMIT_SM, DELIVER_SM -> ShortMessageBodies.decode(id, st, seq, in);
      case SUBMIT_SM_RESP ->
          in.hasRemaining()
              ? new SubmitSmResp(st, seq, readCString(in, Field.MESSAGE_ID), readTlvs(in))
              : new SubmitSmResp(st, seq, null, Tlvs.EMPTY);
      case DELIVER_SM_RESP ->
          in.hasRemaining()
              ? new DeliverSmResp(st, seq, readCString(in, Field.MESSAGE_ID), readTlvs(in))
              : new DeliverSmResp(st, seq, null, Tlvs.EMPTY);
      case DATA_SM_RESP ->
          in.hasRemaining()
              ? new DataSmResp(st, seq, readCString(in, Field.MESSAGE_ID), readTlvs(in))
              : new DataSmResp(st, seq, null, Tlvs.EMPTY);
      case DATA_SM ->
          new DataSm(
              st,
              seq,
              readCString(in, Field.SERVICE_TYPE),
              readAddress(in, Field.SOURCE_ADDR_65),
              readAddress(in, Field.DESTINATION_ADDR_65),
              new EsmClass(in.readU8()),
              new RegisteredDelivery(in.readU8()),
              new DataCoding(in.readU8()),
              readTlvs(in));
      case SUBMIT_MULTI -> ShortMessageBodies.decodeMulti(st, seq, in);
      case SUBMIT_MULTI_RESP -> ShortMessageBodies.decodeMultiResp(st, seq, in);
      case QUERY_SM ->
          new QuerySm(
              st, seq, readCString(in, Field.MESSAGE_ID), readAddress(in, Field.SOURCE_ADDR));
      case QUERY_SM_RESP ->
          in.hasRemaining()
              ? new QuerySmResp(
                  st,
                  seq,
                  readCString(in, Field.MESSAGE_ID),
                  readCString(in, Field.FINAL_DATE),
                  in.readU8(),
                  in.readU8())
              : new QuerySmResp(st, seq, null, null, 0, 0);
      case CANCEL_SM ->
          new CancelSm(
              st,
              seq,
              readCString(in, Field.SERVICE_TYPE),
              readCString(in, Field.MESSAGE_ID),
              readAddress(in, Field.SOURCE_ADDR),
              readAddress(in, Field.DESTINATION_ADDR));
      case REPLACE_SM ->
          new ReplaceSm(
              st,
              seq,
              readCString(in, Field.MESSAGE_ID),
              readAddress(in, Field.SOURCE_ADDR),
              readCString(in, Field.SCHEDULE_DELIVERY_TIME),
              readCString(in, Field.VALIDITY_PERIOD),
              new RegisteredDelivery(in.readU8()),
              in.readU8(),
              readShortMessage(in),
              readTlvs(in));
      case BROADCAST_SM ->
          new BroadcastSm(
              st,
              seq,
              readCString(in, Field.SERVICE_TYPE),
              readAddress(in, Field.SOURCE_ADDR),
              readCString(in, Field.MESSAGE_ID),
              in.readU8(),
              readCString(in, Field.SCHEDULE_DELIVERY_TIME),
              readCString(in, Field.VALIDITY_PERIOD),
              in.readU8(),
              new DataCoding(in.readU8()),
              in.readU8(),
              readTlvs(in));
      case BROADCAST_SM_RESP ->
          in.hasRemaining()
              ? new BroadcastSmResp(st, seq, readCString(in, Field.MESSAGE_ID), readTlvs(in))
              : new BroadcastSmResp(st, seq, null, Tlvs.EMPTY);
      case QUERY_BROADCAST_SM ->
          new QueryBroadcastSm(
              st,
              seq,
              readCString(in, Field.MESSAGE_ID),
              readAddress(in, Field.SOURCE_ADDR),
              readTlvs(in));
      case QUERY_BROADCAST_SM_RESP ->
          in.hasRemaining()
              ? new QueryBroadcastSmResp(st, seq, readCString(in, Field.MESSAGE_ID), readTlvs(in))
              : new QueryBroadcastSmResp(st, seq, null, Tlvs.EMPTY);
      case CANCEL_BROADCAST_SM ->
          new CancelBroadcastSm(
              st,
              seq,
              readCString(in, Field.SERVICE_TYPE),
              readCString(in, Field.MESSAGE_ID),
              readAddress(in, Field.SOURCE_ADDR),
              readTlvs(in));
      case CANCEL_BROADCAST_SM_RESP -> new CancelBroadcastSmResp(st, headerOnly(in, seq));
      case ALERT_NOTIFICATION ->
          new AlertNotification(
              st,
              seq,
              readAddress(in, Field.SOURCE_ADDR_65),
              readAddress(in, Field.ESME_ADDR),
              readTlvs(in));
    };
  }

  private static int headerOnly(WireReader in, int seq) throws MalformedMessageException {
    if (in.hasRemaining()) {
      throw Fields.malformed(
          in, Field.COMMAND_LENGTH, "a header-only PDU with " + in.remaining() + " body octets");
    }
    return seq;
  }

  private static Pdu decodeBind(CommandId id, CommandStatus st, int seq, WireReader in)
      throws MalformedMessageException {
    String systemId = readCString(in, Field.SYSTEM_ID);
    String password = readCString(in, Field.PASSWORD);
    String systemType = readCString(in, Field.SYSTEM_TYPE);
    int version = in.readU8();
    Address range = readAddress(in, Field.ADDRESS_RANGE);
    return switch (id) {
      case BIND_TRANSMITTER ->
          new BindTransmitter(st, seq, systemId, password, systemType, version, range);
      case BIND_RECEIVER ->
          new BindReceiver(st, seq, systemId, password, systemType, version, range);
      default -> new BindTransceiver(st, seq, systemId, password, systemType, version, range);
    };
  }

  /** Encodes {@code pdu} into a new array (command_length filled in). */
  public static byte[] encode(Pdu pdu) {
    WireWriter out = new WireWriter(64);
    encode(pdu, out);
    return out.toByteArray();
  }

  /** Encodes {@code pdu} at the writer's position, back-patching command_length. */
  public static void encode(Pdu pdu, WireWriter out) {
    int start = out.position();
    int lengthAt = out.reserve(4);
    out.writeU32(pdu.commandCode());
    out.writeI32(pdu.status().code());
    out.writeI32(pdu.sequence());
    encodeBody(pdu, out);
    out.patchU32(lengthAt, out.position() - start);
  }

  private static void encodeBody(Pdu pdu, WireWriter out) {
    if (pdu instanceof UnknownPdu u) {
      out.writeOctets(u.body());
      return;
    }
    switch (pdu.commandId()) {
      case GENERIC_NACK,
          UNBIND,
          UNBIND_RESP,
          ENQUIRE_LINK,
          ENQUIRE_LINK_RESP,
          CANCEL_SM_RESP,
          REPLACE_SM_RESP,
          CANCEL_BROADCAST_SM_RESP -> {}
      case BIND_TRANSMITTER, BIND_RECEIVER, BIND_TRANSCEIVER -> {
        BindRequest b = (BindRequest) pdu;
        writeCString(out, b.systemId(), Field.SYSTEM_ID);
        writeCString(out, b.password(), Field.PASSWORD);
        writeCString(out, b.systemType(), Field.SYSTEM_TYPE);
        out.writeU8(b.interfaceVersion());
        writeAddress(out, b.addressRange(), Field.ADDRESS_RANGE);
      }
      case BIND_TRANSMITTER_RESP, BIND_RECEIVER_RESP, BIND_TRANSCEIVER_RESP -> {
        BindResponse r = (BindResponse) pdu;
        optionalBody(out, r.systemId(), Field.SYSTEM_ID, r.tlvs());
      }
      case OUTBIND -> {
        Outbind o = (Outbind) pdu;
        writeCString(out, o.systemId(), Field.SYSTEM_ID);
        writeCString(out, o.password(), Field.PASSWORD);
      }
      case SUBMIT_SM, DELIVER_SM -> ShortMessageBodies.encode((ShortMessagePdu) pdu, out);
      case SUBMIT_SM_RESP,
          DELIVER_SM_RESP,
          DATA_SM_RESP,
          BROADCAST_SM_RESP,
          QUERY_BROADCAST_SM_RESP -> {
        MessageIdResponse r = (MessageIdResponse) pdu;
        optionalBody(out, r.messageId(), Field.MESSAGE_ID, r.tlvs());
      }
      case DATA_SM -> {
        DataSm d = (DataSm) pdu;
        writeCString(out, d.serviceType(), Field.SERVICE_TYPE);
        writeAddress(out, d.source(), Field.SOURCE_ADDR_65);
        writeAddress(out, d.destination(), Field.DESTINATION_ADDR_65);
        out.writeU8(d.esmClass().value())
            .writeU8(d.registeredDelivery().value())
            .writeU8(d.dataCoding().value());
        writeTlvs(out, d.tlvs());
      }
      case SUBMIT_MULTI -> ShortMessageBodies.encodeMulti((SubmitMulti) pdu, out);
      case SUBMIT_MULTI_RESP -> ShortMessageBodies.encodeMultiResp((SubmitMultiResp) pdu, out);
      case QUERY_SM -> {
        QuerySm q = (QuerySm) pdu;
        writeCString(out, q.messageId(), Field.MESSAGE_ID);
        writeAddress(out, q.source(), Field.SOURCE_ADDR);
      }
      case QUERY_SM_RESP -> {
        QuerySmResp q = (QuerySmResp) pdu;
        if (q.messageId() != null) {
          writeCString(out, q.messageId(), Field.MESSAGE_ID);
          writeCString(out, q.finalDate() == null ? "" : q.finalDate(), Field.FINAL_DATE);
          out.writeU8(q.messageState()).writeU8(q.errorCode());
        }
      }
      case CANCEL_SM -> {
        CancelSm c = (CancelSm) pdu;
        writeCString(out, c.serviceType(), Field.SERVICE_TYPE);
        writeCString(out, c.messageId(), Field.MESSAGE_ID);
        writeAddress(out, c.source(), Field.SOURCE_ADDR);
        writeAddress(out, c.destination(), Field.DESTINATION_ADDR);
      }
      case REPLACE_SM -> {
        ReplaceSm r = (ReplaceSm) pdu;
        writeCString(out, r.messageId(), Field.MESSAGE_ID);
        writeAddress(out, r.source(), Field.SOURCE_ADDR);
        writeCString(out, r.scheduleDeliveryTime(), Field.SCHEDULE_DELIVERY_TIME);
        writeCString(out, r.validityPeriod(), Field.VALIDITY_PERIOD);
        out.writeU8(r.registeredDelivery().value()).writeU8(r.smDefaultMsgId());
        writeShortMessage(out, r.shortMessage());
        writeTlvs(out, r.tlvs());
      }
      case BROADCAST_SM -> {
        BroadcastSm b = (BroadcastSm) pdu;
        writeCString(out, b.serviceType(), Field.SERVICE_TYPE);
        writeAddress(out, b.source(), Field.SOURCE_ADDR);
        writeCString(out, b.messageId(), Field.MESSAGE_ID);
        out.writeU8(b.priorityFlag());
        writeCString(out, b.scheduleDeliveryTime(), Field.SCHEDULE_DELIVERY_TIME);
        writeCString(out, b.validityPeriod(), Field.VALIDITY_PERIOD);
        out.writeU8(b.replaceIfPresent())
            .writeU8(b.dataCoding().value())
            .writeU8(b.smDefaultMsgId());
        writeTlvs(out, b.tlvs());
      }
      case QUERY_BROADCAST_SM -> {
        QueryBroadcastSm q = (QueryBroadcastSm) pdu;
        writeCString(out, q.messageId(), Field.MESSAGE_ID);
        writeAddress(out, q.source(), Field.SOURCE_ADDR);
        writeTlvs(out, q.tlvs());
      }
      case CANCEL_BROADCAST_SM -> {
        CancelBroadcastSm c = (CancelBroadcastSm) pdu;
        writeCString(out, c.serviceType(), Field.SERVICE_TYPE);
        writeCString(out, c.messageId(), Field.MESSAGE_ID);
        writeAddress(out, c.source(), Field.SOURCE_ADDR);
        writeTlvs(out, c.tlvs());
      }
      case ALERT_NOTIFICATION -> {
        AlertNotification a = (AlertNotification) pdu;
        writeAddress(out, a.source(), Field.SOURCE_ADDR_65);
        writeAddress(out, a.esme(), Field.ESME_ADDR);
        writeTlvs(out, a.tlvs());
      }
    }
  }

  private static void optionalBody(WireWriter out, String text, Field field, Tlvs tlvs) {
    if (text == null) {
      if (!tlvs.isEmpty()) {
        throw new IllegalArgumentException("TLVs need a body: " + field + " is absent");
      }
      return;
    }
    writeCString(out, text, field);
    writeTlvs(out, tlvs);
  }

  /** Lists as the decoders build them. */
  static <T> List<T> list(int n) {
    return new ArrayList<>(n);
  }
}
