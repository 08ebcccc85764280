package org.ss7sim.sccp.message;

import org.ss7sim.sccp.ProtocolClass;

/**
 * The protocol class parameter (Q.713 §3.6): class in bits 1–4, message handling in bits 5–8 (for
 * classes 0 and 1: 1000 = return message on error).
 *
 * @param protocolClass 0–15 (only 0 and 1 are connectionless)
 * @param messageHandling 0–15
 */
public record ProtocolClassField(int protocolClass, int messageHandling) {
  private static final int RETURN_ON_ERROR = 0x8;

  public ProtocolClassField {
    if (protocolClass < 0 || protocolClass > 15 || messageHandling < 0 || messageHandling > 15) {
      throw new IllegalArgumentException(
          "protocol class field out of range: " + protocolClass + "/" + messageHandling);
    }
  }

  public static ProtocolClassField of(ProtocolClass protocolClass, boolean returnOnError) {
    return new ProtocolClassField(protocolClass.code(), returnOnError ? RETURN_ON_ERROR : 0);
  }

  public static ProtocolClassField fromOctet(int octet) {
    return new ProtocolClassField(octet & 0x0f, octet >>> 4);
  }

  public int toOctet() {
    return messageHandling << 4 | protocolClass;
  }

  public boolean returnOnError() {
    return (messageHandling & RETURN_ON_ERROR) != 0;
  }

  /** Whether the class is 0 or 1. */
  public boolean connectionless() {
    return protocolClass <= 1;
  }

  /**
   * The connectionless class; class 1 for anything but 0 (check {@link #connectionless()} first).
   */
  public ProtocolClass connectionlessClass() {
    return protocolClass == 0 ? ProtocolClass.CLASS_0 : ProtocolClass.CLASS_1;
  }
}
