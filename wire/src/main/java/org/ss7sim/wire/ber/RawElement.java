package org.ss7sim.wire.ber;

import org.ss7sim.wire.Octets;

/**
 * A BER element we do not model, kept as it came (identifier, length, contents) so that it is
 * re-encoded unchanged.
 */
public record RawElement(int tag, Octets encoding) {
  /** The element the reader has just moved to. */
  public static RawElement of(BerReader r) {
    return new RawElement(r.tag(), r.element());
  }
}
