package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Location number (Q.763 §3.30).
 *
 * <pre>
 *   8   7 6 5 4 3 2 1
 * | O/E | nature of address indicator         |
 * | INN | numbering plan | presentation | screening |
 * | 2nd signal | 1st signal | ...
 * </pre>
 *
 * @param internalNetworkNumberNotAllowed INN bit
 * @param presentation address presentation restricted indicator (0 allowed, 1 restricted, 2 not
 *     available)
 * @param screening screening indicator (1 user provided verified and passed, 3 network provided)
 */
public record LocationNumber(
    int natureOfAddress,
    boolean internalNetworkNumberNotAllowed,
    int numberingPlan,
    int presentation,
    int screening,
    String digits)
    implements IsupParameter {
  public LocationNumber {
    AddressSignals.range(natureOfAddress, 0x7f, "nature of address");
    AddressSignals.range(numberingPlan, 7, "numbering plan");
    AddressSignals.range(presentation, 3, "presentation");
    AddressSignals.range(screening, 3, "screening");
    AddressSignals.check(digits);
  }

  /** A national-format E.164 number, presentation allowed, network provided. */
  public static LocationNumber national(String digits) {
    return new LocationNumber(
        NatureOfAddress.NATIONAL, false, NatureOfAddress.PLAN_ISDN, 0, 3, digits);
  }

  public static LocationNumber decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 2, "location number");
    int o1 = content.get(0);
    int o2 = content.get(1);
    String digits =
        content.length() == 2 ? "" : AddressSignals.decode(content, 2, (o1 & 0x80) != 0);
    return new LocationNumber(
        o1 & 0x7f, (o2 & 0x80) != 0, (o2 >>> 4) & 7, (o2 >>> 2) & 3, o2 & 3, digits);
  }

  @Override
  public int code() {
    return ParameterCode.LOCATION_NUMBER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(AddressSignals.oddBit(digits) | natureOfAddress);
    out.writeU8(
        (internalNetworkNumberNotAllowed ? 0x80 : 0)
            | numberingPlan << 4
            | presentation << 2
            | screening);
    AddressSignals.encode(digits, out);
  }
}
