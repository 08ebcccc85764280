package org.ss7sim.inap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * A calling party number in its INAP encoding: the contents of the ISUP Calling Party Number
 * parameter (Q.763 §3.10) inside an OCTET STRING (Q.1218 §6, {@code CallingPartyNumber}).
 *
 * <pre>
 *        8     7 6 5 4 3 2 1
 *   1   O/E   nature of address indicator
 *   2   NI    numbering plan | presentation (2) | screening (2)
 *   3.. 2nd address signal | 1st address signal ...
 * </pre>
 *
 * @param numberIncomplete the NI indicator
 * @param presentation address presentation restricted indicator: 0 allowed, 1 restricted, 2 address
 *     not available, 3 reserved
 * @param screening 0 user provided not verified, 1 user provided verified and passed, 2 user
 *     provided verified and failed, 3 network provided
 * @param filler the filler nibble of an odd count, kept as received (0 when sending)
 */
public record CallingPartyNumber(
    NatureOfAddress natureOfAddress,
    boolean numberIncomplete,
    NumberingPlan numberingPlan,
    int presentation,
    int screening,
    String digits,
    int filler) {
  public static final int PRESENTATION_ALLOWED = 0;
  public static final int PRESENTATION_RESTRICTED = 1;
  public static final int SCREENING_NETWORK_PROVIDED = 3;

  public CallingPartyNumber {
    java.util.Objects.requireNonNull(natureOfAddress, "natureOfAddress");
    java.util.Objects.requireNonNull(numberingPlan, "numberingPlan");
    NumberDigits.check(digits);
    NumberDigits.checkFiller(filler, digits);
    if (presentation < 0 || presentation > 3 || screening < 0 || screening > 3) {
      throw new IllegalArgumentException("presentation/screening out of range");
    }
  }

  /** An ISDN-plan, complete, presentation-allowed, network-provided number. */
  public static CallingPartyNumber of(NatureOfAddress nature, String digits) {
    return new CallingPartyNumber(
        nature,
        false,
        NumberingPlan.ISDN,
        PRESENTATION_ALLOWED,
        SCREENING_NETWORK_PROVIDED,
        digits,
        0);
  }

  /** Decodes the contents of the OCTET STRING; {@code offset} is where they start. */
  public static CallingPartyNumber decode(Octets v, int offset) throws MalformedMessageException {
    if (v.length() < 2) {
      throw new MalformedMessageException(
          "calling party number of " + v.length() + " octets (2 at least)", offset, "Q.763 §3.10");
    }
    boolean odd = (v.get(0) & 0x80) != 0;
    NumberDigits.requireDigits(v, 2, odd, offset, "calling party number");
    int o2 = v.get(1);
    return new CallingPartyNumber(
        NatureOfAddress.of(v.get(0) & 0x7f),
        (o2 & 0x80) != 0,
        NumberingPlan.of((o2 >> 4) & 0x07),
        (o2 >> 2) & 0x03,
        o2 & 0x03,
        NumberDigits.decode(v, 2, odd),
        NumberDigits.filler(v, odd));
  }

  /** The contents of the OCTET STRING. */
  public Octets encode() {
    byte[] out = new byte[2 + (digits.length() + 1) / 2];
    out[0] = (byte) ((digits.length() % 2 == 1 ? 0x80 : 0) | natureOfAddress.code());
    out[1] =
        (byte)
            ((numberIncomplete ? 0x80 : 0)
                | numberingPlan.code() << 4
                | presentation << 2
                | screening);
    NumberDigits.encode(digits, filler, out, 2);
    return Octets.wrap(out);
  }

  @Override
  public String toString() {
    return "CallingPartyNumber[nai="
        + natureOfAddress.code()
        + " npi="
        + numberingPlan.code()
        + " apri="
        + presentation
        + " si="
        + screening
        + " "
        + digits
        + "]";
  }
}
