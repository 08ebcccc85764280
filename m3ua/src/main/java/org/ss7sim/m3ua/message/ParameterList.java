package org.ss7sim.m3ua.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.Tlv;
import org.ss7sim.wire.WireReader;

/**
 * The parameters of one message being decoded (RFC 4666 §3.2), in wire order with their offsets.
 * Message decoders {@code take} the parameters they model; the rest become the message's unknown
 * parameters. Every length is checked against the bytes present before anything is allocated.
 */
final class ParameterList {
  /** Limit on parameters per message (and per routing key), checked while reading. */
  static final int MAX_PARAMETERS = 256;

  private final List<Parameter> params = new ArrayList<>();
  private final List<Integer> offsets = new ArrayList<>();
  private final List<Boolean> taken = new ArrayList<>();
  private int endOffset;

  /** Reads tag-length-value parameters until {@code in} is exhausted. */
  static ParameterList read(WireReader in) throws MalformedMessageException {
    ParameterList pl = new ParameterList();
    while (in.hasRemaining()) {
      int at = in.offset();
      if (in.remaining() < 4) {
        throw ErrorCode.PARAMETER_FIELD_ERROR.malformed("parameter header truncated", at);
      }
      int tag = in.readU16();
      int length = in.readU16();
      if (length < 4) {
        throw ErrorCode.PARAMETER_FIELD_ERROR.malformed(
            "parameter length " + length + " below 4", at + 2);
      }
      int valueLength = length - 4;
      if (valueLength > in.remaining()) {
        throw ErrorCode.PARAMETER_FIELD_ERROR.malformed(
            "parameter 0x" + Integer.toHexString(tag) + " length " + length + " exceeds message",
            at + 2);
      }
      int padding = Tlv.padding(valueLength, 4);
      if (valueLength + padding > in.remaining()) {
        throw ErrorCode.PARAMETER_FIELD_ERROR.malformed(
            "parameter 0x" + Integer.toHexString(tag) + " lacks padding",
            in.offset() + valueLength);
      }
      if (pl.params.size() == MAX_PARAMETERS) {
        throw ErrorCode.PROTOCOL_ERROR.malformed("more than " + MAX_PARAMETERS + " parameters", at);
      }
      pl.params.add(new Parameter(tag, in.readOctets(valueLength)));
      pl.offsets.add(at);
      pl.taken.add(Boolean.FALSE);
      in.skip(padding);
    }
    pl.endOffset = in.offset();
    return pl;
  }

  private int index(int tag) {
    for (int i = 0; i < params.size(); i++) {
      if (!taken.get(i) && params.get(i).tag() == tag) {
        return i;
      }
    }
    return -1;
  }

  /** The first not yet taken parameter with {@code tag}'s value, or null. */
  Octets take(int tag) {
    int i = index(tag);
    if (i < 0) {
      return null;
    }
    taken.set(i, Boolean.TRUE);
    lastOffset = offsets.get(i);
    return params.get(i).value();
  }

  /** Offset of the header of the parameter last taken. */
  private int lastOffset;

  int lastOffset() {
    return lastOffset;
  }

  /** Parameters nobody took, in wire order. */
  List<Parameter> rest() {
    List<Parameter> r = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      if (!taken.get(i)) {
        r.add(params.get(i));
      }
    }
    return r;
  }

  Octets required(int tag, String name) throws MalformedMessageException {
    Octets v = take(tag);
    if (v == null) {
      throw ErrorCode.MISSING_PARAMETER.malformed("missing mandatory parameter " + name, endOffset);
    }
    return v;
  }

  private MalformedMessageException fieldError(String name, Octets v) {
    return ErrorCode.PARAMETER_FIELD_ERROR.malformed(
        name + " has bad length " + (v.length() + 4), lastOffset + 2);
  }

  Long optionalU32(int tag, String name) throws MalformedMessageException {
    Octets v = take(tag);
    return v == null ? null : u32(v, name);
  }

  long requiredU32(int tag, String name) throws MalformedMessageException {
    return u32(required(tag, name), name);
  }

  long u32(Octets v, String name) throws MalformedMessageException {
    if (v.length() != 4) {
      throw fieldError(name, v);
    }
    return ((long) v.get(0) << 24) | (v.get(1) << 16) | (v.get(2) << 8) | v.get(3);
  }

  List<Long> u32List(Octets v, String name) throws MalformedMessageException {
    if (v.isEmpty() || v.length() % 4 != 0) {
      throw fieldError(name, v);
    }
    List<Long> out = new ArrayList<>(v.length() / 4);
    for (int i = 0; i < v.length(); i += 4) {
      out.add(u32(v.slice(i, i + 4), name));
    }
    return out;
  }

  /** Routing Context (RFC 4666 §3.8.x): a list of 32-bit values; empty when absent. */
  List<Long> routingContexts() throws MalformedMessageException {
    Octets v = take(ParameterTag.ROUTING_CONTEXT);
    return v == null ? List.of() : u32List(v, "Routing Context");
  }

  List<AffectedPointCode> pointCodes(Octets v, String name) throws MalformedMessageException {
    List<AffectedPointCode> out = new ArrayList<>();
    for (long w : u32List(v, name)) {
      out.add(AffectedPointCode.fromWire(w));
    }
    return out;
  }

  String infoString() throws MalformedMessageException {
    Octets v = take(ParameterTag.INFO_STRING);
    if (v == null) {
      return null;
    }
    if (v.length() > 255) {
      throw fieldError("Info String", v);
    }
    return new String(v.toByteArray(), StandardCharsets.UTF_8);
  }
}
