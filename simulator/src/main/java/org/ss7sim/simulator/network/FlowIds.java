package org.ss7sim.simulator.network;

import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.simulator.decode.StackDecoder;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.Envelope;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The protocol identifiers an M3UA message's flow is found by ({@link Ids}: the circuit of an ISUP
 * message, the transaction ends of a TCAP message); what a ladder shows for it is {@link
 * StackDecoder#label}.
 */
final class FlowIds {
  /** The identifiers of a message that name its flow (see {@link FlowTable}). */
  sealed interface Ids {}

  /** Not part of any call or dialogue (M3UA management, SCCP without TCAP, malformed). */
  record None() implements Ids {}

  /** An ISUP message on a circuit; {@code seizes} for an IAM. */
  record OnCircuit(FlowTable.Circuit circuit, boolean seizes) implements Ids {}

  /**
   * A TCAP message: {@code own} is the sender's end (null without otid), {@code peer} the
   * receiver's (null without dtid).
   */
  record InDialogue(FlowTable.TcapEnd own, FlowTable.TcapEnd peer) implements Ids {
    boolean begins() {
      return peer == null;
    }

    boolean ends() {
      return own == null;
    }
  }

  /** A message read: its ladder label ({@link StackDecoder#label}) and identifiers. */
  record Read(String label, Ids ids) {}

  private static final Ids NONE = new None();

  private FlowIds() {}

  /** The label and the identifiers, from one decode of each layer. */
  static Read read(Octets m3ua) {
    StackDecoder.Layers l = StackDecoder.layers(m3ua);
    return new Read(l.label(), of(l));
  }

  /** The identifiers of a message {@link StackDecoder#layers} read (for its label). */
  static Ids of(StackDecoder.Layers l) {
    ProtocolData pd = l.data();
    if (pd == null) {
      return NONE;
    }
    if (pd.si() == ServiceIndicator.ISUP.code()) {
      return isup(pd, pd.userData());
    }
    if (pd.si() != ServiceIndicator.SCCP.code() || l.sccp() == null) {
      return NONE;
    }
    SccpMessage s = l.sccp();
    if (l.tcap() == null) {
      return sccp(s); // components the label could not read: the transaction portion may do
    }
    TcMessage tc = l.tcap();
    if (tc instanceof Begin b) {
      return new InDialogue(end(s.calling(), b.otid()), null);
    }
    if (tc instanceof Continue c) {
      return new InDialogue(end(s.calling(), c.otid()), end(s.called(), c.dtid()));
    }
    if (tc instanceof End e) {
      return new InDialogue(null, end(s.called(), e.dtid()));
    }
    if (tc instanceof Abort a) {
      return new InDialogue(null, end(s.called(), a.dtid()));
    }
    return NONE; // TC-UNI: no transaction
  }

  static Ids of(Octets m3ua) {
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(m3ua);
    } catch (MalformedMessageException e) {
      return NONE;
    }
    if (!(m instanceof Data data)) {
      return NONE;
    }
    ProtocolData pd = data.protocolData();
    if (pd.si() == ServiceIndicator.ISUP.code()) {
      return isup(pd, pd.userData());
    }
    if (pd.si() == ServiceIndicator.SCCP.code()) {
      return sccp(pd.userData());
    }
    return NONE;
  }

  private static Ids isup(ProtocolData pd, Octets bytes) {
    if (bytes.length() < IsupMessageCodec.HEADER_LENGTH) {
      return NONE;
    }
    IsupMessageType t = IsupMessageType.fromCode(IsupMessageCodec.peekType(bytes));
    int cic = IsupMessageCodec.peekCic(bytes);
    return new OnCircuit(FlowTable.Circuit.of(pd.opc(), pd.dpc(), cic), t == IsupMessageType.IAM);
  }

  /** The key of an SCCP address in the flow table: global title digits, else point code; SSN. */
  static String addressKey(SccpAddress a) {
    String ssn = a.ssn() == null ? "" : "/" + a.ssn().value();
    if (a.globalTitle() != null && a.globalTitle().digits() != null) {
      return a.globalTitle().digits() + ssn;
    }
    return (a.pointCode() == null ? "?" : "pc" + a.pointCode().value()) + ssn;
  }

  private static Ids sccp(Octets bytes) {
    SccpMessage s;
    try {
      s = SccpMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      return NONE;
    }
    return sccp(s);
  }

  private static Ids sccp(SccpMessage s) {
    Octets data = s.data();
    if (data.isEmpty()) {
      return NONE;
    }
    int tag = data.get(0);
    if (tag != 0x62 && tag != 0x64 && tag != 0x65 && tag != 0x67) {
      return NONE; // not a TCAP message with a transaction (TC-UNI has none)
    }
    // the transaction ids are all a flow needs: tcap's envelope reads the transaction portion and
    // leaves the components undecoded (this runs for every traced message)
    Envelope e = TcMessageCodec.decodeEnvelope(data);
    TransactionId otid = e.otid();
    TransactionId dtid = e.dtid();
    return switch (tag) {
      case 0x62 -> otid == null ? NONE : new InDialogue(end(s.calling(), otid), null);
      case 0x65 ->
          otid == null || dtid == null
              ? NONE
              : new InDialogue(end(s.calling(), otid), end(s.called(), dtid));
      default -> dtid == null ? NONE : new InDialogue(null, end(s.called(), dtid)); // End, Abort
    };
  }

  private static FlowTable.TcapEnd end(SccpAddress a, TransactionId tid) {
    return new FlowTable.TcapEnd(addressKey(a), tid.unsignedValue());
  }
}
