package org.ss7sim.sccp;

/**
 * Connectionless protocol classes (Q.711 §3.2): class 0 basic, class 1 in-sequence (the same SLS
 * for every message of a sequence).
 */
public enum ProtocolClass {
  CLASS_0(0),
  CLASS_1(1);

  private final int code;

  ProtocolClass(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
