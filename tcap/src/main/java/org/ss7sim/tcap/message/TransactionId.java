package org.ss7sim.tcap.message;

/**
 * An originating or destination transaction id (Q.773 §3.1, table 5): an OCTET STRING of 1 to 4
 * octets, held as its big-endian value and its length so that it re-encodes unchanged.
 *
 * @param value the octets as an unsigned big-endian number (all 32 bits used for 4 octets)
 * @param length 1 to 4
 */
public record TransactionId(int value, int length) {
  public TransactionId {
    if (length < 1 || length > 4) {
      throw new IllegalArgumentException("transaction id length out of range: " + length);
    }
    if (length < 4 && (value >>> (8 * length)) != 0) {
      throw new IllegalArgumentException(
          "transaction id "
              + Integer.toUnsignedString(value)
              + " needs more than "
              + length
              + " octets");
    }
  }

  /** A four-octet id, as this stack allocates them. */
  public static TransactionId of(int value) {
    return new TransactionId(value, 4);
  }

  /** The value as an unsigned number. */
  public long unsignedValue() {
    return value & 0xffffffffL;
  }

  @Override
  public String toString() {
    return String.format("%0" + (2 * length) + "x", unsignedValue());
  }
}
