package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Nature of connection indicators (Q.763 §3.35): satellite (BA), continuity check (DC), echo
 * control device (E).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record NatureOfConnectionIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final NatureOfConnectionIndicators[] CACHE = new NatureOfConnectionIndicators[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new NatureOfConnectionIndicators(i);
    }
  }

  public NatureOfConnectionIndicators {
    IndicatorBits.checked("NatureOfConnectionIndicators", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static NatureOfConnectionIndicators valueOf(int bits) {
    IndicatorBits.checked("NatureOfConnectionIndicators", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static NatureOfConnectionIndicators decode(Octets content)
      throws MalformedMessageException {
    return valueOf(IndicatorBits.read("NatureOfConnectionIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.NATURE_OF_CONNECTION_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Satellite indicator, bits BA: 0 no satellite circuit, 1 one, 2 two. */
  public int satellite() {
    return field(0, 2);
  }

  /**
   * Continuity check indicator, bits DC: 0 not required, 1 required on this circuit, 2 performed on
   * a previous circuit.
   */
  public int continuityCheck() {
    return field(2, 2);
  }

  /** Echo control device indicator, bit E. */
  public boolean echoControlDeviceIncluded() {
    return field(4, 1) == 1;
  }

  /**
   * Continuity check required on this circuit (T8 is started by the incoming side, Q.764 §2.1.8).
   */
  public boolean continuityCheckRequired() {
    return continuityCheck() == 1;
  }

  public static NatureOfConnectionIndicators of(
      int satellite, int continuityCheck, boolean echoControlDevice) {
    return new NatureOfConnectionIndicators(
        (satellite & 3) | (continuityCheck & 3) << 2 | (echoControlDevice ? 1 << 4 : 0));
  }
}
