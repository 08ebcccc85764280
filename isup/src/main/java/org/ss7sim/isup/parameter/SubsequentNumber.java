package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** Subsequent number (Q.763 §3.51) of SAM: O/E indicator and spare bits, then address signals. */
public record SubsequentNumber(String digits) implements IsupParameter {
  public SubsequentNumber {
    AddressSignals.check(digits);
  }

  public boolean endOfPulsing() {
    return digits.endsWith("f") || digits.endsWith("F");
  }

  public static SubsequentNumber decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 1, "subsequent number");
    return new SubsequentNumber(AddressSignals.decode(content, 1, (content.get(0) & 0x80) != 0));
  }

  @Override
  public int code() {
    return ParameterCode.SUBSEQUENT_NUMBER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(AddressSignals.oddBit(digits));
    AddressSignals.encode(digits, out);
  }
}
