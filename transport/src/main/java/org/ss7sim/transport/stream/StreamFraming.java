package org.ss7sim.transport.stream;

/**
 * How messages are delimited on the stream: a 4-octet big-endian length at {@code lengthOffset}
 * counting the whole message, header included.
 *
 * @param lengthOffset offset of the length field from the start of each message
 * @param minLength smallest acceptable message length (at least {@code lengthOffset + 4})
 * @param maxLength largest acceptable message length, checked before allocating
 */
public record StreamFraming(int lengthOffset, int minLength, int maxLength) {
  public StreamFraming {
    if (lengthOffset < 0) {
      throw new IllegalArgumentException("negative length offset: " + lengthOffset);
    }
    if (minLength < lengthOffset + 4) {
      throw new IllegalArgumentException(
          "minimum length " + minLength + " shorter than the length field end");
    }
    if (maxLength < minLength) {
      throw new IllegalArgumentException(
          "maximum length " + maxLength + " below minimum " + minLength);
    }
  }

  /** The length field is the first four octets (SMPP). */
  public static StreamFraming lengthFirst(int minLength, int maxLength) {
    return new StreamFraming(0, minLength, maxLength);
  }

  /** Octets needed before the length field can be read. */
  int headerLength() {
    return lengthOffset + 4;
  }
}
