package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Event information (Q.763 §3.21), the mandatory fixed parameter of CPG.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record EventInformation(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final EventInformation[] CACHE = new EventInformation[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new EventInformation(i);
    }
  }

  public EventInformation {
    IndicatorBits.checked("EventInformation", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static EventInformation valueOf(int bits) {
    IndicatorBits.checked("EventInformation", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static EventInformation decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("EventInformation", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.EVENT_INFORMATION;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final int ALERTING = 1;
  public static final int PROGRESS = 2;
  public static final int INBAND_INFORMATION = 3;
  public static final int CALL_FORWARDED_ON_BUSY = 4;
  public static final int CALL_FORWARDED_ON_NO_REPLY = 5;
  public static final int CALL_FORWARDED_UNCONDITIONAL = 6;

  /** Bits G–A: event indicator. */
  public int event() {
    return field(0, 7);
  }

  /** Bit H: event presentation restricted. */
  public boolean presentationRestricted() {
    return field(7, 1) == 1;
  }

  public static EventInformation of(int event) {
    return new EventInformation(event & 0x7f);
  }
}
