package org.ss7sim.inap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * A called party number in its INAP encoding: the contents of the ISUP Called Party Number
 * parameter (Q.763 §3.9) inside an OCTET STRING (Q.1218 §6, {@code CalledPartyNumber}). Also the
 * element type of {@code DestinationRoutingAddress}.
 *
 * <pre>
 *        8     7 6 5 4 3 2 1
 *   1   O/E   nature of address indicator
 *   2   INN   numbering plan | spare (4 bits)
 *   3.. 2nd address signal | 1st address signal ...   (odd count: filler in the last high nibble)
 * </pre>
 *
 * @param internalNetworkNumberNotAllowed the INN indicator: true = routing to an internal network
 *     number not allowed
 * @param digits address signals {@code 0-9}, {@code b}/{@code c} (code 11/12), {@code f} (ST)
 * @param spare the four spare bits of octet 2, kept as received (0 when sending)
 * @param filler the filler nibble of an odd count, kept as received (0 when sending)
 */
public record CalledPartyNumber(
    NatureOfAddress natureOfAddress,
    boolean internalNetworkNumberNotAllowed,
    NumberingPlan numberingPlan,
    String digits,
    int spare,
    int filler) {
  public CalledPartyNumber {
    java.util.Objects.requireNonNull(natureOfAddress, "natureOfAddress");
    java.util.Objects.requireNonNull(numberingPlan, "numberingPlan");
    NumberDigits.check(digits);
    NumberDigits.checkFiller(filler, digits);
    if (spare < 0 || spare > 15) {
      throw new IllegalArgumentException("spare bits out of range: " + spare);
    }
  }

  /** An ISDN-plan number, routing to internal network numbers allowed. */
  public static CalledPartyNumber of(NatureOfAddress nature, String digits) {
    return new CalledPartyNumber(nature, false, NumberingPlan.ISDN, digits, 0, 0);
  }

  /** Decodes the contents of the OCTET STRING; {@code offset} is where they start. */
  public static CalledPartyNumber decode(Octets v, int offset) throws MalformedMessageException {
    if (v.length() < 2) {
      throw new MalformedMessageException(
          "called party number of " + v.length() + " octets (2 at least)", offset, "Q.763 §3.9");
    }
    boolean odd = (v.get(0) & 0x80) != 0;
    NumberDigits.requireDigits(v, 2, odd, offset, "called party number");
    int o2 = v.get(1);
    return new CalledPartyNumber(
        NatureOfAddress.of(v.get(0) & 0x7f),
        (o2 & 0x80) != 0,
        NumberingPlan.of((o2 >> 4) & 0x07),
        NumberDigits.decode(v, 2, odd),
        o2 & 0x0f,
        NumberDigits.filler(v, odd));
  }

  /** The contents of the OCTET STRING. */
  public Octets encode() {
    byte[] out = new byte[2 + (digits.length() + 1) / 2];
    out[0] = (byte) ((digits.length() % 2 == 1 ? 0x80 : 0) | natureOfAddress.code());
    out[1] =
        (byte) ((internalNetworkNumberNotAllowed ? 0x80 : 0) | numberingPlan.code() << 4 | spare);
    NumberDigits.encode(digits, filler, out, 2);
    return Octets.wrap(out);
  }

  @Override
  public String toString() {
    return "CalledPartyNumber[nai="
        + natureOfAddress.code()
        + " npi="
        + numberingPlan.code()
        + (internalNetworkNumberNotAllowed ? " inn" : "")
        + " "
        + digits
        + "]";
  }
}
