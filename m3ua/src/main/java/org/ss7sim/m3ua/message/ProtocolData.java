package org.ss7sim.m3ua.message;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * Protocol Data of DATA (RFC 4666 §3.3.1):
 *
 * <pre>
 *  0                   1                   2                   3
 * +-------------------------------------------------------------+
 * |                 Originating Point Code (32)                 |
 * |                 Destination Point Code (32)                 |
 * |    SI (8)     |    NI (8)     |    MP (8)     |   SLS (8)   |
 * |                 User Protocol Data (variable)               |
 * </pre>
 */
public record ProtocolData(long opc, long dpc, int si, int ni, int mp, int sls, Octets userData) {
  public ProtocolData {
    Objects.requireNonNull(userData, "userData");
    if (opc < 0 || opc > 0xffffffffL || dpc < 0 || dpc > 0xffffffffL) {
      throw new IllegalArgumentException("point code out of range");
    }
    if ((si | ni | mp | sls) < 0 || si > 0xff || ni > 0xff || mp > 0xff || sls > 0xff) {
      throw new IllegalArgumentException("SI/NI/MP/SLS out of range");
    }
  }
}
