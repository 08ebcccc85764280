package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Calling party's category (Q.763 §3.11): an open set of codes.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record CallingPartysCategory(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final CallingPartysCategory[] CACHE = new CallingPartysCategory[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new CallingPartysCategory(i);
    }
  }

  public CallingPartysCategory {
    IndicatorBits.checked("CallingPartysCategory", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static CallingPartysCategory valueOf(int bits) {
    IndicatorBits.checked("CallingPartysCategory", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static CallingPartysCategory decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("CallingPartysCategory", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.CALLING_PARTYS_CATEGORY;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final CallingPartysCategory UNKNOWN = new CallingPartysCategory(0x00);
  public static final CallingPartysCategory OPERATOR_ENGLISH = new CallingPartysCategory(0x02);
  public static final CallingPartysCategory ORDINARY_SUBSCRIBER = new CallingPartysCategory(0x0a);
  public static final CallingPartysCategory PRIORITY_SUBSCRIBER = new CallingPartysCategory(0x0b);
  public static final CallingPartysCategory DATA_CALL = new CallingPartysCategory(0x0c);
  public static final CallingPartysCategory TEST_CALL = new CallingPartysCategory(0x0d);
  public static final CallingPartysCategory PAYPHONE = new CallingPartysCategory(0x0f);
}
