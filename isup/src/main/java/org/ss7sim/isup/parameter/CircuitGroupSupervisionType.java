package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Circuit group supervision message type indicator (Q.763 §3.13) of CGB, CGU and their
 * acknowledgements.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record CircuitGroupSupervisionType(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final CircuitGroupSupervisionType[] CACHE = new CircuitGroupSupervisionType[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new CircuitGroupSupervisionType(i);
    }
  }

  public CircuitGroupSupervisionType {
    IndicatorBits.checked("CircuitGroupSupervisionType", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static CircuitGroupSupervisionType valueOf(int bits) {
    IndicatorBits.checked("CircuitGroupSupervisionType", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static CircuitGroupSupervisionType decode(Octets content)
      throws MalformedMessageException {
    return valueOf(IndicatorBits.read("CircuitGroupSupervisionType", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final CircuitGroupSupervisionType MAINTENANCE = new CircuitGroupSupervisionType(0);
  public static final CircuitGroupSupervisionType HARDWARE_FAILURE =
      new CircuitGroupSupervisionType(1);

  /** Bits BA: 0 maintenance oriented, 1 hardware failure oriented. */
  public int type() {
    return field(0, 2);
  }

  public boolean hardwareFailure() {
    return type() == 1;
  }
}
