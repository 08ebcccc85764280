package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Generic number (Q.763 §3.26): number qualifier indicator; O/E and nature of address; NI,
 * numbering plan, presentation restricted indicator, screening; address signals.
 *
 * @param numberQualifier e.g. 6 additional calling party number
 */
public record GenericNumber(
    int numberQualifier,
    int natureOfAddress,
    boolean numberIncomplete,
    int numberingPlan,
    int presentation,
    int screening,
    String digits)
    implements IsupParameter {
  public GenericNumber {
    AddressSignals.range(numberQualifier, 0xff, "number qualifier");
    AddressSignals.range(natureOfAddress, 0x7f, "nature of address");
    AddressSignals.range(numberingPlan, 7, "numbering plan");
    AddressSignals.range(presentation, 3, "presentation");
    AddressSignals.range(screening, 3, "screening");
    AddressSignals.check(digits);
  }

  public static GenericNumber decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 3, "generic number");
    int o1 = content.get(1);
    int o2 = content.get(2);
    String digits =
        content.length() == 3 ? "" : AddressSignals.decode(content, 3, (o1 & 0x80) != 0);
    return new GenericNumber(
        content.get(0),
        o1 & 0x7f,
        (o2 & 0x80) != 0,
        (o2 >>> 4) & 7,
        (o2 >>> 2) & 3,
        o2 & 3,
        digits);
  }

  @Override
  public int code() {
    return ParameterCode.GENERIC_NUMBER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(numberQualifier);
    out.writeU8(AddressSignals.oddBit(digits) | natureOfAddress);
    out.writeU8((numberIncomplete ? 0x80 : 0) | numberingPlan << 4 | presentation << 2 | screening);
    AddressSignals.encode(digits, out);
  }
}
