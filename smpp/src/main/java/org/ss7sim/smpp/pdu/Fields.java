package org.ss7sim.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/** Reading and writing the field types PDUs are made of: C-Octet strings, addresses, TLVs. */
final class Fields {
  private Fields() {}

  static MalformedMessageException malformed(WireReader in, Field field, String reason) {
    return in.malformed(reason, field.reference());
  }

  /**
   * A C-Octet string (SMPP 3.4 §3.1): ASCII characters ended by NUL, at most {@code
   * field.maxLength()} octets with the NUL. Characters are kept as ISO-8859-1 so any octet
   * survives.
   */
  static String readCString(WireReader in, Field field) throws MalformedMessageException {
    int max = Math.min(field.maxLength(), in.remaining());
    for (int i = 0; i < max; i++) {
      if (in.peekU8(i) == 0) {
        String s =
            i == 0 ? "" : new String(in.readOctets(i).toByteArray(), StandardCharsets.ISO_8859_1);
        in.skip(1);
        return s;
      }
    }
    if (in.remaining() >= field.maxLength()) {
      throw malformed(
          in,
          field,
          field.name().toLowerCase() + " longer than " + (field.maxLength() - 1) + " characters");
    }
    throw malformed(in, field, field.name().toLowerCase() + " not terminated by NUL");
  }

  static void writeCString(WireWriter out, String s, Field field) {
    if (s.length() >= field.maxLength()) {
      throw new IllegalArgumentException(
          field.name().toLowerCase()
              + " longer than "
              + (field.maxLength() - 1)
              + " characters: '"
              + s
              + "'");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || c > 0xff) {
        throw new IllegalArgumentException(
            field.name().toLowerCase() + " has a character not allowed: " + (int) c);
      }
      out.writeU8(c);
    }
    out.writeU8(0);
  }

  static Address readAddress(WireReader in, Field field) throws MalformedMessageException {
    int ton = in.readU8();
    int npi = in.readU8();
    return new Address(ton, npi, readCString(in, field));
  }

  static void writeAddress(WireWriter out, Address a, Field field) {
    out.writeU8(a.ton()).writeU8(a.npi());
    writeCString(out, a.address(), field);
  }

  /** sm_length and short_message (SMPP 3.4 §5.2.21–22). */
  static Octets readShortMessage(WireReader in) throws MalformedMessageException {
    int length = in.readU8();
    if (length > in.remaining()) {
      throw malformed(
          in,
          Field.SHORT_MESSAGE,
          "sm_length " + length + " exceeds the " + in.remaining() + " octets left");
    }
    return in.readOctets(length);
  }

  static void writeShortMessage(WireWriter out, Octets sm) {
    if (sm.length() > 255) {
      throw new IllegalArgumentException(
          "short_message longer than 255 octets; use message_payload");
    }
    out.writeU8(sm.length()).writeOctets(sm);
  }

  /** TLVs to the end of the body (SMPP 3.4 §3.2.4.1), known tags checked for their lengths. */
  static Tlvs readTlvs(WireReader in) throws MalformedMessageException {
    if (!in.hasRemaining()) {
      return Tlvs.EMPTY;
    }
    List<Tlv> list = new ArrayList<>(4);
    while (in.hasRemaining()) {
      if (in.remaining() < 4) {
        throw malformed(
            in, Field.TLV_STREAM, in.remaining() + " octets left, too few for a TLV header");
      }
      int tag = in.readU16();
      int length = in.readU16();
      if (length > in.remaining()) {
        throw malformed(
            in,
            Field.TLV_STREAM,
            String.format(
                "TLV 0x%04x length %d exceeds the %d octets left", tag, length, in.remaining()));
      }
      TlvTag known = TlvTag.of(tag);
      if (known != null && (length < known.minLength() || length > known.maxLength())) {
        throw malformed(
            in,
            Field.TLV_LENGTH,
            known.name().toLowerCase()
                + " length "
                + length
                + " outside "
                + known.minLength()
                + ".."
                + known.maxLength());
      }
      list.add(new Tlv(tag, in.readOctets(length)));
    }
    return new Tlvs(list);
  }

  static void writeTlvs(WireWriter out, Tlvs tlvs) {
    for (Tlv t : tlvs.list()) {
      out.writeU16(t.tag()).writeU16(t.value().length()).writeOctets(t.value());
    }
  }
}
