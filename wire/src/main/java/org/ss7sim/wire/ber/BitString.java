package org.ss7sim.wire.ber;

import org.ss7sim.wire.Octets;

/**
 * A BIT STRING value (X.690 §8.6): the octets and the number of unused bits in the last one. Bit 0
 * is the most significant bit of the first octet.
 */
public record BitString(Octets bytes, int unusedBits) {
  public static final BitString EMPTY = new BitString(Octets.EMPTY, 0);

  public BitString {
    java.util.Objects.requireNonNull(bytes, "bytes");
    if (unusedBits < 0 || unusedBits > 7 || (bytes.isEmpty() && unusedBits != 0)) {
      throw new IllegalArgumentException("unused bits out of range: " + unusedBits);
    }
  }

  /** Bits given in order, bit 0 first. */
  public static BitString of(boolean... bits) {
    byte[] b = new byte[(bits.length + 7) / 8];
    for (int i = 0; i < bits.length; i++) {
      if (bits[i]) {
        b[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return new BitString(Octets.wrap(b), b.length * 8 - bits.length);
  }

  /** Number of bits. */
  public int size() {
    return bytes.length() * 8 - unusedBits;
  }

  public boolean get(int bit) {
    java.util.Objects.checkIndex(bit, size());
    return (bytes.get(bit / 8) & (0x80 >>> (bit % 8))) != 0;
  }
}
