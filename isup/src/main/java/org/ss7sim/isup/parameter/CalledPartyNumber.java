package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Called party number (Q.763 §3.9).
 *
 * <pre>
 *   8   7 6 5 4 3 2 1
 * | O/E | nature of address indicator |
 * | INN | numbering plan | spare      |
 * | 2nd signal | 1st signal | ...
 * </pre>
 *
 * @param internalNetworkNumberNotAllowed INN bit: routing to an internal network number not allowed
 * @param digits address signals {@code 0-9a-f}; a trailing {@code f} is ST
 */
public record CalledPartyNumber(
    int natureOfAddress, boolean internalNetworkNumberNotAllowed, int numberingPlan, String digits)
    implements IsupParameter {
  public CalledPartyNumber {
    AddressSignals.range(natureOfAddress, 0x7f, "nature of address");
    AddressSignals.range(numberingPlan, 7, "numbering plan");
    AddressSignals.check(digits);
  }

  /** A national-format E.164 number. */
  public static CalledPartyNumber national(String digits) {
    return new CalledPartyNumber(
        NatureOfAddress.NATIONAL, false, NatureOfAddress.PLAN_ISDN, digits);
  }

  /** True when the last address signal is ST (end of pulsing). */
  public boolean endOfPulsing() {
    return digits.endsWith("f") || digits.endsWith("F");
  }

  public static CalledPartyNumber decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 2, "called party number");
    int o1 = content.get(0);
    int o2 = content.get(1);
    return new CalledPartyNumber(
        o1 & 0x7f,
        (o2 & 0x80) != 0,
        (o2 >>> 4) & 7,
        AddressSignals.decode(content, 2, (o1 & 0x80) != 0));
  }

  @Override
  public int code() {
    return ParameterCode.CALLED_PARTY_NUMBER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(AddressSignals.oddBit(digits) | natureOfAddress);
    out.writeU8((internalNetworkNumberNotAllowed ? 0x80 : 0) | numberingPlan << 4);
    AddressSignals.encode(digits, out);
  }
}
