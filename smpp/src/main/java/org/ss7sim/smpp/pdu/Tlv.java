package org.ss7sim.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.ss7sim.wire.Octets;

/** One tag-length-value optional parameter (SMPP 3.4 §3.2.4.1), known or not. */
public record Tlv(int tag, Octets value) {
  public Tlv {
    if (tag < 0 || tag > 0xFFFF) {
      throw new IllegalArgumentException("tag out of range: " + tag);
    }
    Objects.requireNonNull(value, "value");
    if (value.length() > 0xFFFF) {
      throw new IllegalArgumentException("TLV value longer than 65535 octets: " + value.length());
    }
  }

  public static Tlv of(TlvTag tag, Octets value) {
    return new Tlv(tag.tag(), value);
  }

  public static Tlv u8(TlvTag tag, int v) {
    return new Tlv(tag.tag(), Octets.ofUnsigned(v & 0xff));
  }

  public static Tlv u16(TlvTag tag, int v) {
    return new Tlv(tag.tag(), Octets.ofUnsigned((v >> 8) & 0xff, v & 0xff));
  }

  /** A C-Octet string value (NUL-terminated), as receipted_message_id is. */
  public static Tlv cString(TlvTag tag, String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    byte[] v = new byte[b.length + 1];
    System.arraycopy(b, 0, v, 0, b.length);
    return new Tlv(tag.tag(), Octets.wrap(v));
  }

  /** The known tag, or {@code null}. */
  public TlvTag knownTag() {
    return TlvTag.of(tag);
  }

  /** The value as an unsigned integer of its length (1–4 octets). */
  public long unsigned() {
    long v = 0;
    for (int i = 0; i < value.length(); i++) {
      v = (v << 8) | value.get(i);
    }
    return v;
  }

  /** The value as text, without a trailing NUL if there is one. */
  public String text() {
    int n = value.length();
    if (n > 0 && value.get(n - 1) == 0) {
      n--;
    }
    return new String(value.slice(0, n).toByteArray(), StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    TlvTag t = knownTag();
    return (t != null ? t.name().toLowerCase() : String.format("tag_0x%04x", tag))
        + "="
        + value.toHex();
  }
}
