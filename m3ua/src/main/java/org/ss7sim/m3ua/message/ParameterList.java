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

  // Parallel arrays rather than lists of boxed values: decoding is on the hot path.
  private int count;
  private int[] tags = new int[8];
  private int[] offsets = new int[8];
  private Octets[] values = new Octets[8];
  private boolean[] taken = new boolean[8];
  private int endOffset;

  private void add(int tag, int offset, Octets value) {
    if (count == tags.length) {
      int n = count * 2;
      tags = java.util.Arrays.copyOf(tags, n);
      offsets = java.util.Arrays.copyOf(offsets, n);
      values = java.util.Arrays.copyOf(values, n);
      taken = java.util.Arrays.copyOf(taken, n);
    }
    tags[count] = tag;
    offsets[count] = offset;
    values[count] = value;
    count++;
  }

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
      if (pl.count == MAX_PARAMETERS) {
        throw ErrorCode.PROTOCOL_ERROR.malformed("more than " + MAX_PARAMETERS + " parameters", at);
      }
      pl.add(tag, at, in.readOctets(valueLength));
      in.skip(padding);
    }
    pl.endOffset = in.offset();
    return pl;
  }

  private int index(int tag) {
    for (int i = 0; i < count; i++) {
      if (!taken[i] && tags[i] == tag) {
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
    taken[i] = true;
    lastOffset = offsets[i];
    return values[i];
  }

  /** Offset of the header of the parameter last taken. */
  private int lastOffset;

  int lastOffset() {
    return lastOffset;
  }

  /** Parameters nobody took, in wire order. */
  List<Parameter> rest() {
    List<Parameter> r = null;
    for (int i = 0; i < count; i++) {
      if (!taken[i]) {
        if (r == null) {
          r = new ArrayList<>();
        }
        r.add(new Parameter(tags[i], values[i]));
      }
    }
    return r == null ? List.of() : r;
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
    return word(v, 0);
  }

  /** The big-endian 32-bit word at {@code at} (the caller has checked the length). */
  static long word(Octets v, int at) {
    return ((long) v.get(at) << 24) | (v.get(at + 1) << 16) | (v.get(at + 2) << 8) | v.get(at + 3);
  }

  List<Long> u32List(Octets v, String name) throws MalformedMessageException {
    if (v.isEmpty() || v.length() % 4 != 0) {
      throw fieldError(name, v);
    }
    if (v.length() == 4) {
      return List.of(word(v, 0));
    }
    List<Long> out = new ArrayList<>(v.length() / 4);
    for (int i = 0; i < v.length(); i += 4) {
      out.add(word(v, i));
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
