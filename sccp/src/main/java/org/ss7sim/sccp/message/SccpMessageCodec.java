package org.ss7sim.sccp.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.address.SccpAddressCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * Encodes and decodes connectionless SCCP messages (Q.713 §2 and §4). Stateless.
 *
 * <pre>
 *   UDT / UDTS     type | class or cause | ptr ptr ptr (1 octet each)          | called calling data
 *   XUDT / XUDTS   type | class or cause | hop | ptr ptr ptr ptr (1 octet)     | called calling data optional
 *   LUDT / LUDTS   type | class or cause | hop | ptr ptr ptr ptr (2 octets LE) | called calling long-data optional
 * </pre>
 *
 * A pointer counts octets from itself to the parameter's length indicator (a two-octet pointer from
 * its second, most significant octet); a zero optional-part pointer means no optional part.
 * Variable parameters have a one-octet length, long data a two-octet one (least significant first).
 * The encoder lays the parts out in that order directly after the pointers, as every known
 * implementation does, so a decoded message re-encodes to the same bytes.
 */
public final class SccpMessageCodec {
  /** The largest user data a LUDT can carry (Q.713 §3.16). */
  public static final int MAX_LONG_DATA = 3952;

  /** The most optional parameters accepted in one message. */
  public static final int MAX_OPTIONAL_PARAMETERS = 16;

  private static final String SPEC = "Q.713 §2.2";

  private SccpMessageCodec() {}

  /** Decodes the message held by all remaining octets of {@code in}. */
  public static SccpMessage decode(WireReader in) throws MalformedMessageException {
    int base = in.offset();
    return decode(in.readRemaining(), base);
  }

  /** Decodes one whole message. */
  public static SccpMessage decode(Octets message) throws MalformedMessageException {
    return decode(message, 0);
  }

  private static SccpMessage decode(Octets m, int base) throws MalformedMessageException {
    if (m.length() < 1) {
      throw new MalformedMessageException("empty SCCP message", base, SPEC);
    }
    int code = m.get(0);
    SccpMessageType type = SccpMessageType.fromCode(code);
    if (type == null) {
      throw new MalformedMessageException(
          "unknown message type 0x" + Integer.toHexString(code), base, "Q.713 §2.1");
    }
    if (!type.connectionless()) {
      throw new MalformedMessageException(
          "connection-oriented message " + type + " not supported", base, "Q.713 §2.1");
    }
    Parts p = new Parts(m, base);
    return switch (type) {
      case UDT -> {
        p.fixed(1);
        ProtocolClassField pc = ProtocolClassField.fromOctet(m.get(1));
        p.pointers(2, 3, 1);
        yield new Unitdata(pc, p.address(0, "called"), p.address(1, "calling"), p.data(2, false));
      }
      case UDTS -> {
        p.fixed(1);
        ReturnCause rc = new ReturnCause(m.get(1));
        p.pointers(2, 3, 1);
        yield new UnitdataService(
            rc, p.address(0, "called"), p.address(1, "calling"), p.data(2, false));
      }
      case XUDT, LUDT -> {
        p.fixed(2);
        ProtocolClassField pc = ProtocolClassField.fromOctet(m.get(1));
        int hop = m.get(2);
        boolean longForm = type == SccpMessageType.LUDT;
        p.pointers(3, 4, longForm ? 2 : 1);
        SccpAddress called = p.address(0, "called");
        SccpAddress calling = p.address(1, "calling");
        Octets data = p.data(2, longForm);
        List<OptionalParameter> opt = p.optional(3);
        yield longForm
            ? new LongUnitdata(pc, hop, called, calling, data, opt)
            : new ExtendedUnitdata(pc, hop, called, calling, data, opt);
      }
      case XUDTS, LUDTS -> {
        p.fixed(2);
        ReturnCause rc = new ReturnCause(m.get(1));
        int hop = m.get(2);
        boolean longForm = type == SccpMessageType.LUDTS;
        p.pointers(3, 4, longForm ? 2 : 1);
        SccpAddress called = p.address(0, "called");
        SccpAddress calling = p.address(1, "calling");
        Octets data = p.data(2, longForm);
        List<OptionalParameter> opt = p.optional(3);
        yield longForm
            ? new LongUnitdataService(rc, hop, called, calling, data, opt)
            : new ExtendedUnitdataService(rc, hop, called, calling, data, opt);
      }
      default -> throw new IllegalStateException("not connectionless: " + type);
    };
  }

  /** The octets of the mandatory variable and optional parts, found through the pointers. */
  private static final class Parts {
    private final Octets m;
    private final int base;
    private int[] starts;

    Parts(Octets m, int base) {
      this.m = m;
      this.base = base;
    }

    void fixed(int octets) throws MalformedMessageException {
      if (m.length() < 1 + octets) {
        throw new MalformedMessageException(
            "message ends in the fixed part", base + m.length(), SPEC);
      }
    }

    void pointers(int at, int count, int size) throws MalformedMessageException {
      if (m.length() < at + count * size) {
        throw new MalformedMessageException(
            "message ends in the pointers", base + m.length(), SPEC);
      }
      starts = new int[count];
      for (int i = 0; i < count; i++) {
        int ptrAt = at + i * size;
        int ptr = size == 1 ? m.get(ptrAt) : m.get(ptrAt) | m.get(ptrAt + 1) << 8;
        if (ptr == 0) {
          starts[i] = -1;
          continue;
        }
        // A two-octet pointer counts from its second octet, as libosmo-sigtran, jSS7 and Wireshark
        // do.
        int start = ptrAt + size - 1 + ptr;
        if (start < at + count * size || start >= m.length()) {
          throw new MalformedMessageException(
              "pointer " + (i + 1) + " (" + ptr + ") points outside the message",
              base + ptrAt,
              SPEC + ".3");
        }
        starts[i] = start;
      }
    }

    private int mandatory(int index, String what) throws MalformedMessageException {
      if (starts[index] < 0) {
        throw new MalformedMessageException("pointer to " + what + " is 0", base, SPEC + ".3");
      }
      return starts[index];
    }

    private Octets lengthValue(int start, int lengthOctets, String what)
        throws MalformedMessageException {
      if (start + lengthOctets > m.length()) {
        throw new MalformedMessageException(what + " length runs past the end", base + start, SPEC);
      }
      int len = lengthOctets == 1 ? m.get(start) : m.get(start) | m.get(start + 1) << 8;
      int from = start + lengthOctets;
      if (from + len > m.length()) {
        throw new MalformedMessageException(
            what + " of " + len + " octets runs past the end of the message", base + start, SPEC);
      }
      return m.slice(from, from + len);
    }

    SccpAddress address(int index, String what) throws MalformedMessageException {
      int start = mandatory(index, what + " party address");
      Octets contents = lengthValue(start, 1, what + " party address");
      try {
        return SccpAddressCodec.decode(contents);
      } catch (MalformedMessageException e) {
        throw new MalformedMessageException(
            what + " party address: " + e.reason(),
            base + start + 1 + e.offset(),
            e.specReference());
      }
    }

    Octets data(int index, boolean longForm) throws MalformedMessageException {
      int start = mandatory(index, "data");
      Octets d = lengthValue(start, longForm ? 2 : 1, longForm ? "long data" : "data");
      if (longForm && d.length() > MAX_LONG_DATA) {
        throw new MalformedMessageException(
            "long data of " + d.length() + " octets exceeds 3952", base + start, "Q.713 §3.16");
      }
      return d;
    }

    List<OptionalParameter> optional(int index) throws MalformedMessageException {
      int at = starts[index];
      if (at < 0) {
        return List.of();
      }
      List<OptionalParameter> out = new ArrayList<>(2);
      while (true) {
        if (at >= m.length()) {
          throw new MalformedMessageException(
              "optional part without end of optional parameters", base + at, SPEC + ".4");
        }
        int name = m.get(at);
        if (name == OptionalParameter.END_OF_OPTIONAL_PARAMETERS) {
          return out;
        }
        if (out.size() == MAX_OPTIONAL_PARAMETERS) {
          throw new MalformedMessageException(
              "more than " + MAX_OPTIONAL_PARAMETERS + " optional parameters", base + at, SPEC);
        }
        Octets value = lengthValue(at + 1, 1, "optional parameter 0x" + Integer.toHexString(name));
        if (name == OptionalParameter.SEGMENTATION && value.length() != 4) {
          throw new MalformedMessageException(
              "segmentation parameter of " + value.length() + " octets", base + at, "Q.713 §3.17");
        }
        if (name == OptionalParameter.IMPORTANCE && value.length() != 1) {
          throw new MalformedMessageException(
              "importance parameter of " + value.length() + " octets", base + at, "Q.713 §3.19");
        }
        out.add(new OptionalParameter(name, value));
        at += 2 + value.length();
      }
    }
  }

  /** Encodes {@code message}. */
  public static void encode(SccpMessage message, WireWriter out) {
    out.writeU8(message.type().code());
    if (message instanceof Unitdata u) {
      out.writeU8(u.protocolClass().toOctet());
      variableParts(out, u, 1, false);
    } else if (message instanceof UnitdataService u) {
      out.writeU8(u.returnCause().code());
      variableParts(out, u, 1, false);
    } else if (message instanceof ExtendedUnitdata x) {
      out.writeU8(x.protocolClass().toOctet()).writeU8(x.hopCounter());
      variableParts(out, x, 1, true);
    } else if (message instanceof ExtendedUnitdataService x) {
      out.writeU8(x.returnCause().code()).writeU8(x.hopCounter());
      variableParts(out, x, 1, true);
    } else if (message instanceof LongUnitdata l) {
      out.writeU8(l.protocolClass().toOctet()).writeU8(l.hopCounter());
      variableParts(out, l, 2, true);
    } else if (message instanceof LongUnitdataService l) {
      out.writeU8(l.returnCause().code()).writeU8(l.hopCounter());
      variableParts(out, l, 2, true);
    }
  }

  /** The encoded message. */
  public static Octets encode(SccpMessage message) {
    WireWriter out = new WireWriter(32 + message.data().length());
    encode(message, out);
    return out.toOctets();
  }

  private static void variableParts(
      WireWriter out, SccpMessage msg, int pointerSize, boolean withOptional) {
    int count = withOptional ? 4 : 3;
    int pointersAt = out.reserve(count * pointerSize);
    int[] starts = new int[count];
    starts[0] = out.position();
    lengthPrefixed(out, SccpAddressCodec.encode(msg.called()), "called party address");
    starts[1] = out.position();
    lengthPrefixed(out, SccpAddressCodec.encode(msg.calling()), "calling party address");
    starts[2] = out.position();
    Octets data = msg.data();
    if (pointerSize == 2) {
      if (data.length() > MAX_LONG_DATA) {
        throw new IllegalArgumentException(
            "long data of " + data.length() + " octets exceeds " + MAX_LONG_DATA);
      }
      out.writeU16Le(data.length()).writeOctets(data);
    } else {
      lengthPrefixed(out, data, "data");
    }
    if (withOptional) {
      List<OptionalParameter> opt = msg.optionalParameters();
      starts[3] = -1;
      if (!opt.isEmpty()) {
        starts[3] = out.position();
        for (OptionalParameter p : opt) {
          out.writeU8(p.name()).writeU8(p.value().length()).writeOctets(p.value());
        }
        out.writeU8(OptionalParameter.END_OF_OPTIONAL_PARAMETERS);
      }
    }
    for (int i = 0; i < count; i++) {
      int ptrAt = pointersAt + i * pointerSize;
      int ptr = starts[i] < 0 ? 0 : starts[i] - (ptrAt + pointerSize - 1);
      if (pointerSize == 1) {
        if (ptr > 255) {
          throw new IllegalArgumentException(
              "message too long for one-octet pointers: pointer " + ptr);
        }
        out.patchU8(ptrAt, ptr);
      } else {
        out.patchU8(ptrAt, ptr & 0xff);
        out.patchU8(ptrAt + 1, ptr >>> 8);
      }
    }
  }

  private static void lengthPrefixed(WireWriter out, Octets value, String what) {
    if (value.length() > 255) {
      throw new IllegalArgumentException(what + " of " + value.length() + " octets exceeds 255");
    }
    out.writeU8(value.length()).writeOctets(value);
  }
}
