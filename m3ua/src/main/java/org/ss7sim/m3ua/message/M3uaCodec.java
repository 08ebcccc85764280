package org.ss7sim.m3ua.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * Encodes and decodes whole M3UA messages. The common header (RFC 4666 §3.1):
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Version    |   Reserved    | Message Class | Message Type  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Message Length                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * The length counts the header and all parameters with padding. Stateless; thread-safe.
 */
public final class M3uaCodec {
  public static final int VERSION = 1;
  public static final int HEADER_LENGTH = 8;

  /** Largest message accepted: 64 KiB of parameters plus the header. */
  public static final int MAX_MESSAGE_LENGTH = 65_536 + HEADER_LENGTH;

  private M3uaCodec() {}

  /** Decodes exactly one message occupying all of {@code bytes}. */
  public static M3uaMessage decode(Octets bytes) throws MalformedMessageException {
    return decode(bytes.reader());
  }

  /**
   * Decodes one message that must occupy all remaining bytes of {@code in}. The exception's spec
   * reference names the M3UA error code to answer with ({@link ErrorCode#of}).
   */
  public static M3uaMessage decode(WireReader in) throws MalformedMessageException {
    if (in.remaining() < HEADER_LENGTH) {
      throw ErrorCode.PROTOCOL_ERROR.malformed(
          "common header truncated: " + in.remaining() + " of 8 octets",
          in.offset() + in.remaining());
    }
    int start = in.offset();
    int version = in.readU8();
    if (version != VERSION) {
      throw ErrorCode.INVALID_VERSION.malformed("version " + version + " is not 1", start);
    }
    in.readU8();
    int classCode = in.readU8();
    int typeCode = in.readU8();
    long length = in.readU32();
    MessageClass messageClass = MessageClass.fromCode(classCode);
    if (messageClass == null) {
      throw ErrorCode.UNSUPPORTED_MESSAGE_CLASS.malformed(
          "unsupported message class " + classCode, start + 2);
    }
    M3uaMessageType type = M3uaMessageType.of(messageClass, typeCode);
    if (type == null) {
      throw ErrorCode.UNSUPPORTED_MESSAGE_TYPE.malformed(
          "unsupported message type " + typeCode + " in class " + messageClass, start + 3);
    }
    if (length > MAX_MESSAGE_LENGTH) {
      throw ErrorCode.PROTOCOL_ERROR.malformed(
          "message length " + length + " over the limit", start + 4);
    }
    if (length < HEADER_LENGTH || length != HEADER_LENGTH + in.remaining()) {
      throw ErrorCode.PROTOCOL_ERROR.malformed(
          "message length "
              + length
              + " but "
              + (HEADER_LENGTH + in.remaining())
              + " octets present",
          start + 4);
    }
    ParameterList p = ParameterList.read(in);
    return switch (type.messageClass()) {
      case MGMT, TRANSFER -> ManagementCodec.decode(type, p);
      case SSNM -> SsnmCodec.decode(type, p);
      case ASPSM, ASPTM -> AspCodec.decode(type, p);
      case RKM -> RkmCodec.decode(type, p);
    };
  }

  /** Appends {@code message} with its header to {@code out}. */
  public static void encode(M3uaMessage message, WireWriter out) {
    int start = out.position();
    M3uaMessageType type = message.type();
    out.writeU8(VERSION).writeU8(0).writeU8(type.messageClass().code()).writeU8(type.code());
    int lengthAt = out.reserve(4);
    switch (type.messageClass()) {
      case MGMT, TRANSFER -> ManagementCodec.encode(message, out);
      case SSNM -> SsnmCodec.encode(message, out);
      case ASPSM, ASPTM -> AspCodec.encode(message, out);
      case RKM -> RkmCodec.encode(message, out);
    }
    ParameterWriter.unknown(out, message.unknown());
    out.patchU32(lengthAt, out.position() - start);
  }

  /** {@code message} as bytes. */
  public static Octets encode(M3uaMessage message) {
    WireWriter out = new WireWriter(64);
    encode(message, out);
    return out.toOctets();
  }
}
