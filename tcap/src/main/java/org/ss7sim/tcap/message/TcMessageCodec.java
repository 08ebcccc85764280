package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ComponentCodec;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.dialogue.DialoguePortionCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Encodes and decodes TCAP messages (Q.773 §3.1). Decoding accepts indefinite lengths; encoding
 * always writes minimal definite lengths.
 */
public final class TcMessageCodec {
  private static final String SPEC = "Q.773 §3.1";
  private static final int OTID = BerTag.application(8);
  private static final int DTID = BerTag.application(9);
  private static final int P_ABORT_CAUSE = BerTag.application(10);
  private static final int COMPONENT_PORTION = BerTag.applicationConstructed(12);

  private TcMessageCodec() {}

  /** Decodes a whole message, rejecting anything Q.773 does not allow. */
  public static TcMessage decode(WireReader in) throws MalformedMessageException {
    int offset = in.offset();
    return decode(in.readRemaining(), offset);
  }

  public static TcMessage decode(Octets bytes) throws MalformedMessageException {
    return decode(bytes, 0);
  }

  private static TcMessage decode(Octets bytes, int offset) throws MalformedMessageException {
    Envelope e = decodeEnvelope(bytes, offset);
    if (e.problem() != null) {
      throw e.error();
    }
    List<Component> components = ComponentCodec.decodeAll(e.components());
    boolean present = e.componentPortion() != null;
    return switch (e.type()) {
      case UNIDIRECTIONAL -> new Unidirectional(e.dialoguePortion(), components);
      case BEGIN -> new Begin(e.otid(), e.dialoguePortion(), components, present);
      case CONTINUE -> new Continue(e.otid(), e.dtid(), e.dialoguePortion(), components, present);
      case END -> new End(e.dtid(), e.dialoguePortion(), components, present);
      case ABORT -> new Abort(e.dtid(), e.pAbortCause(), e.dialoguePortion());
    };
  }

  public static Envelope decodeEnvelope(Octets bytes) {
    return decodeEnvelope(bytes, 0);
  }

  /**
   * Reads the transaction and dialogue portions. Never throws: a message that cannot be accepted
   * comes back with {@link Envelope#problem()} set.
   */
  public static Envelope decodeEnvelope(Octets bytes, int offset) {
    BerReader r = BerReader.of(bytes, offset);
    MessageType type = null;
    TransactionId otid = null;
    TransactionId dtid = null;
    PAbortCause cause = null;
    DialoguePortion dp = null;
    Octets components = null;
    int componentOffset = 0;
    try {
      int tag = r.next();
      type = MessageType.ofTag(tag);
      if (type == null) {
        BerReader in = r.isConstructed() ? r.enter() : null;
        if (in != null && in.nextIf(OTID)) {
          otid = transactionId(in);
        }
        return problem(
            type,
            otid,
            null,
            PAbortCause.UNRECOGNIZED_MESSAGE_TYPE,
            r.error("unrecognized message type"));
      }
      r.requireEnd("TCAP message");
      BerReader in = r.enter();
      while (in.hasNext()) {
        int t = in.next();
        if (t == OTID && otid == null && dp == null) {
          otid = transactionId(in);
        } else if (t == DTID && dtid == null && dp == null) {
          dtid = transactionId(in);
        } else if (t == P_ABORT_CAUSE && type == MessageType.ABORT && cause == null && dp == null) {
          cause = new PAbortCause(in.intValue());
        } else if (t == DialoguePortionCodec.TAG
            && dp == null
            && components == null
            && cause == null) {
          dp = DialoguePortionCodec.decode(in);
        } else if (t == COMPONENT_PORTION && components == null && type != MessageType.ABORT) {
          components = in.value();
          componentOffset = in.valueOffset();
        } else {
          throw in.error("unexpected element in " + type);
        }
      }
    } catch (MalformedMessageException e) {
      return problem(type, otid, dtid, PAbortCause.BADLY_FORMATTED_TRANSACTION_PORTION, e);
    } catch (IllegalArgumentException e) {
      return problem(
          type,
          otid,
          dtid,
          PAbortCause.BADLY_FORMATTED_TRANSACTION_PORTION,
          new MalformedMessageException(e.getMessage(), offset, SPEC));
    }
    boolean otidOk = (otid != null) == (type == MessageType.BEGIN || type == MessageType.CONTINUE);
    boolean dtidOk =
        (dtid != null)
            == (type == MessageType.CONTINUE
                || type == MessageType.END
                || type == MessageType.ABORT);
    boolean uniOk = type != MessageType.UNIDIRECTIONAL || components != null;
    if (!otidOk || !dtidOk || !uniOk) {
      return problem(
          type,
          otid,
          dtid,
          PAbortCause.INCORRECT_TRANSACTION_PORTION,
          new MalformedMessageException("incorrect transaction portion for " + type, offset, SPEC));
    }
    return new Envelope(type, otid, dtid, cause, dp, components, componentOffset, null, null);
  }

  private static Envelope problem(
      MessageType type,
      TransactionId otid,
      TransactionId dtid,
      PAbortCause cause,
      MalformedMessageException e) {
    return new Envelope(type, otid, dtid, null, null, null, 0, cause, e);
  }

  private static TransactionId transactionId(BerReader in) throws MalformedMessageException {
    int n = in.length();
    if (n < 1 || n > 4 || in.isConstructed()) {
      throw in.error("transaction id of " + n + " octets (1 to 4 allowed)");
    }
    Octets v = in.value();
    int value = 0;
    for (int i = 0; i < n; i++) {
      value = (value << 8) | v.get(i);
    }
    return new TransactionId(value, n);
  }

  /** Encodes a message into a fresh {@link Octets}. */
  public static Octets encode(TcMessage m) {
    WireWriter out = new WireWriter(256);
    encode(m, out);
    return out.toOctets();
  }

  /**
   * Writes {@code m}. Every length is measured before it is written, so no octet is moved after it
   * has been written.
   */
  public static void encode(TcMessage m, WireWriter out) {
    BerWriter w = new BerWriter(out);
    List<Component> components = m.components();
    boolean componentPortion = m.componentPortion();
    int componentsLength = 0;
    for (int i = 0; i < components.size(); i++) {
      componentsLength += ComponentCodec.encodedLength(components.get(i));
    }
    int content =
        (m.dialoguePortion() == null ? 0 : DialoguePortionCodec.encodedLength(m.dialoguePortion()))
            + (componentPortion ? BerWriter.elementLength(COMPONENT_PORTION, componentsLength) : 0);
    if (m instanceof Begin b) {
      content += 2 + b.otid().length();
    } else if (m instanceof Continue c) {
      content += 4 + c.otid().length() + c.dtid().length();
    } else if (m instanceof End e) {
      content += 2 + e.dtid().length();
    } else if (m instanceof Abort a) {
      content += 2 + a.dtid().length();
      if (a.pAbortCause() != null) {
        content += BerWriter.integerElementLength(a.pAbortCause().code());
      }
    }
    w.header(m.type().tag(), content);
    if (m instanceof Begin b) {
      writeTid(OTID, b.otid(), out);
    } else if (m instanceof Continue c) {
      writeTid(OTID, c.otid(), out);
      writeTid(DTID, c.dtid(), out);
    } else if (m instanceof End e) {
      writeTid(DTID, e.dtid(), out);
    } else if (m instanceof Abort a) {
      writeTid(DTID, a.dtid(), out);
      if (a.pAbortCause() != null) {
        w.integer(P_ABORT_CAUSE, a.pAbortCause().code());
      }
    }
    if (m.dialoguePortion() != null) {
      DialoguePortionCodec.encode(m.dialoguePortion(), w);
    }
    if (componentPortion) {
      w.header(COMPONENT_PORTION, componentsLength);
      for (int i = 0; i < components.size(); i++) {
        ComponentCodec.encode(components.get(i), w);
      }
    }
  }

  private static void writeTid(int tag, TransactionId id, WireWriter out) {
    out.writeU8(tag);
    out.writeU8(id.length());
    for (int i = id.length() - 1; i >= 0; i--) {
      out.writeU8((id.value() >>> (8 * i)) & 0xff);
    }
  }
}
