package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Original called number (Q.763 §3.39): O/E and nature of address; spare, numbering plan,
 * presentation restricted indicator, spare; address signals.
 */
public record OriginalCalledNumber(
    int natureOfAddress, int numberingPlan, int presentation, String digits)
    implements IsupParameter {
  public OriginalCalledNumber {
    AddressSignals.range(natureOfAddress, 0x7f, "nature of address");
    AddressSignals.range(numberingPlan, 7, "numbering plan");
    AddressSignals.range(presentation, 3, "presentation");
    AddressSignals.check(digits);
  }

  public static OriginalCalledNumber decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 2, "original called number");
    int o1 = content.get(0);
    int o2 = content.get(1);
    String digits =
        content.length() == 2 ? "" : AddressSignals.decode(content, 2, (o1 & 0x80) != 0);
    return new OriginalCalledNumber(o1 & 0x7f, (o2 >>> 4) & 7, (o2 >>> 2) & 3, digits);
  }

  @Override
  public int code() {
    return ParameterCode.ORIGINAL_CALLED_NUMBER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(AddressSignals.oddBit(digits) | natureOfAddress);
    out.writeU8(numberingPlan << 4 | presentation << 2);
    AddressSignals.encode(digits, out);
  }
}
