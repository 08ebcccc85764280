package org.ss7sim.sccp.scmg;

/** SCMG format identifiers (Q.713 §5.3.1). */
public enum ScmgMessageType {
  SSA(0x01),
  SSP(0x02),
  SST(0x03),
  SOR(0x04),
  SOG(0x05),
  SSC(0x06);

  private final int code;

  ScmgMessageType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The type for {@code code}, or {@code null} for a code Q.713 does not define for ITU. */
  public static ScmgMessageType fromCode(int code) {
    for (ScmgMessageType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
