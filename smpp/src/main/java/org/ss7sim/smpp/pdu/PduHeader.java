package org.ss7sim.smpp.pdu;

import org.ss7sim.wire.Octets;

/**
 * The four header fields of a PDU (SMPP 3.4 §3.2), read without decoding the body: what a session
 * needs to answer a PDU whose body it cannot decode.
 */
public record PduHeader(long commandLength, long commandCode, int status, int sequence) {
  /** Reads the header of {@code pdu}; octets missing from a short prefix read as zero. */
  public static PduHeader peek(Octets pdu) {
    return new PduHeader(u32(pdu, 0), u32(pdu, 4), (int) u32(pdu, 8), (int) u32(pdu, 12));
  }

  private static long u32(Octets o, int at) {
    long v = 0;
    for (int i = at; i < at + 4; i++) {
      v = (v << 8) | (i < o.length() ? o.get(i) : 0);
    }
    return v;
  }

  /** The known command, or {@code null}. */
  public CommandId commandId() {
    return CommandId.of(commandCode);
  }

  public boolean isResponse() {
    return CommandId.isResponse(commandCode);
  }
}
