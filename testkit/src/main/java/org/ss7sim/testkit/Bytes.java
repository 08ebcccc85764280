package org.ss7sim.testkit;

import org.ss7sim.wire.Digits;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * A readable builder for expected bytes in tests:
 *
 * <pre>{@code
 * Octets aspUp = Bytes.build()
 *     .u8(1).u8(0).u8(3).u8(1)   // version, reserved, class ASPSM, type ASPUP
 *     .u32(8)                    // length
 *     .octets();
 * }</pre>
 */
public final class Bytes {
  private final WireWriter out = new WireWriter();

  private Bytes() {}

  public static Bytes build() {
    return new Bytes();
  }

  public Bytes u8(int v) {
    out.writeU8(v);
    return this;
  }

  public Bytes u16(int v) {
    out.writeU16(v);
    return this;
  }

  public Bytes u16le(int v) {
    out.writeU16Le(v);
    return this;
  }

  public Bytes u24(int v) {
    out.writeU24(v);
    return this;
  }

  public Bytes u32(long v) {
    out.writeU32(v);
    return this;
  }

  /** Hex digits, whitespace allowed. */
  public Bytes hex(String hex) {
    out.writeOctets(Octets.fromHex(hex));
    return this;
  }

  public Bytes octets(Octets o) {
    out.writeOctets(o);
    return this;
  }

  /** ASCII text, no terminator. */
  public Bytes ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      out.writeU8(text.charAt(i) & 0x7f);
    }
    return this;
  }

  /** ASCII text followed by a NUL, as SMPP C-Octet strings. */
  public Bytes cstring(String text) {
    return ascii(text).u8(0);
  }

  /** Packed BCD digits, first digit in the low nibble, odd count filled with 0. */
  public Bytes bcd(String digits) {
    out.writeOctets(Digits.encodeBcd(digits));
    return this;
  }

  /** Packed TBCD digits, odd count filled with 1111. */
  public Bytes tbcd(String digits) {
    out.writeOctets(Digits.encodeTbcd(digits));
    return this;
  }

  public Bytes zeros(int n) {
    out.writeZeros(n);
    return this;
  }

  public int length() {
    return out.position();
  }

  public Octets octets() {
    return out.toOctets();
  }
}
