package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * {@code Cause ::= OCTET STRING (SIZE (minCauseLength .. maxCauseLength))} (TS 29.078 §5.1, 2..32
 * octets): the contents of the ISUP Cause indicators (Q.850 §2.1), kept whole so that the optional
 * octet 1a and diagnostics re-encode unchanged.
 *
 * <pre>
 *        8     7 6        5      4 3 2 1
 *   1   ext   coding std | spare | location
 *   1a  ext   recommendation                    (only when octet 1 has ext = 0)
 *   2   ext   cause value (7 bits)
 *   3.. diagnostics
 * </pre>
 */
public record Cause(Octets octets) {
  public static final int NORMAL_CLEARING = 16;
  public static final int USER_BUSY = 17;
  public static final int NO_ANSWER = 19;
  public static final int CALL_REJECTED = 21;
  public static final int NORMAL_UNSPECIFIED = 31;

  /** Location "public network serving the remote user". */
  public static final int LOCATION_REMOTE_PUBLIC = 4;

  public static final BerCodec<Cause> CODEC =
      new BerCodec<>() {
        @Override
        public Cause decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.length() < 2 || v.length() > 32) {
            throw r.error("Cause of " + v.length() + " octets (2..32 allowed)");
          }
          if ((v.get(0) & 0x80) == 0 && v.length() < 3) {
            throw r.error("Cause with octet 1a but no cause value");
          }
          return new Cause(v);
        }

        @Override
        public void encode(Cause c, int tag, BerWriter out) {
          out.octetString(tag, c.octets);
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public Cause {
    java.util.Objects.requireNonNull(octets, "octets");
    if (octets.length() < 2 || octets.length() > 32) {
      throw new IllegalArgumentException("Cause of " + octets.length() + " octets");
    }
  }

  /** ITU-T coding, the given location, no diagnostics. */
  public static Cause of(int location, int value) {
    if (location < 0 || location > 15 || value < 0 || value > 127) {
      throw new IllegalArgumentException("location/value out of range");
    }
    return new Cause(Octets.ofUnsigned(0x80 | location, 0x80 | value));
  }

  /** A cause from the remote public network (location 4), as an SCF sends it. */
  public static Cause of(int value) {
    return of(LOCATION_REMOTE_PUBLIC, value);
  }

  public int location() {
    return octets.get(0) & 0x0f;
  }

  /** The Q.850 cause value. */
  public int value() {
    return octets.get((octets.get(0) & 0x80) != 0 ? 1 : 2) & 0x7f;
  }

  @Override
  public String toString() {
    return "Cause[" + value() + " loc " + location() + " " + octets.toHex() + "]";
  }
}
