package org.ss7sim.mtp.routing;

import java.util.Objects;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.PointCodeFormat;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * The MTP3 routing label (Q.704 §2.2). ITU: 32 bits sent least significant octet first,
 *
 * <pre>
 *  31    28 27                  14 13                   0
 * +--------+----------------------+----------------------+
 * |  SLS   |         OPC          |         DPC          |
 * +--------+----------------------+----------------------+
 * </pre>
 *
 * ANSI (T1.111.4): DPC (3 octets), OPC (3 octets), SLS (1 octet), each point code member octet
 * first.
 */
public record RoutingLabel(PointCode dpc, PointCode opc, int sls) {
  public RoutingLabel {
    Objects.requireNonNull(dpc, "dpc");
    Objects.requireNonNull(opc, "opc");
    if (dpc.format() != opc.format()) {
      throw new IllegalArgumentException("OPC and DPC of different formats");
    }
    int max = dpc.format() == PointCodeFormat.ITU ? 15 : 255;
    if (sls < 0 || sls > max) {
      throw new IllegalArgumentException("SLS out of range: " + sls);
    }
  }

  /** Label length in octets for {@code format}. */
  public static int length(PointCodeFormat format) {
    return format == PointCodeFormat.ITU ? 4 : 7;
  }

  public static RoutingLabel decode(WireReader in, PointCodeFormat format)
      throws MalformedMessageException {
    if (format == PointCodeFormat.ITU) {
      long v = in.readU32Le();
      return new RoutingLabel(
          PointCode.itu((int) (v & 0x3fff)),
          PointCode.itu((int) ((v >>> 14) & 0x3fff)),
          (int) (v >>> 28));
    }
    int dpc = in.readU24();
    int opc = in.readU24();
    int sls = in.readU8();
    return new RoutingLabel(ansi(dpc), ansi(opc), sls);
  }

  private static PointCode ansi(int littleEndian24) {
    int v = Integer.reverseBytes(littleEndian24 << 8);
    return new PointCode(PointCodeFormat.ANSI, v & 0xffffff);
  }

  public void encode(WireWriter out) {
    if (dpc.format() == PointCodeFormat.ITU) {
      out.writeU32Le(((long) sls << 28) | ((long) opc.value() << 14) | dpc.value());
      return;
    }
    out.writeU24(Integer.reverseBytes(dpc.value()) >>> 8);
    out.writeU24(Integer.reverseBytes(opc.value()) >>> 8);
    out.writeU8(sls);
  }
}
