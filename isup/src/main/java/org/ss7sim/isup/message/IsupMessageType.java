package org.ss7sim.isup.message;

import static org.ss7sim.isup.parameter.ParameterCode.BACKWARD_CALL_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.CALLED_PARTY_NUMBER;
import static org.ss7sim.isup.parameter.ParameterCode.CALLING_PARTYS_CATEGORY;
import static org.ss7sim.isup.parameter.ParameterCode.CAUSE_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE;
import static org.ss7sim.isup.parameter.ParameterCode.CIRCUIT_STATE_INDICATOR;
import static org.ss7sim.isup.parameter.ParameterCode.CONTINUITY_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.EVENT_INFORMATION;
import static org.ss7sim.isup.parameter.ParameterCode.FACILITY_INDICATOR;
import static org.ss7sim.isup.parameter.ParameterCode.FORWARD_CALL_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.INFORMATION_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.INFORMATION_REQUEST_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.NATURE_OF_CONNECTION_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.RANGE_AND_STATUS;
import static org.ss7sim.isup.parameter.ParameterCode.SUBSEQUENT_NUMBER;
import static org.ss7sim.isup.parameter.ParameterCode.SUSPEND_RESUME_INDICATORS;
import static org.ss7sim.isup.parameter.ParameterCode.TRANSMISSION_MEDIUM_REQUIREMENT;

/**
 * Message type codes (Q.763 Table 4) with each message's format (Q.763 Tables 32–47): the
 * parameters of the mandatory fixed part in order, those of the mandatory variable part (one
 * pointer each), and whether an optional part (with its pointer) follows.
 */
public enum IsupMessageType {
  IAM(
      0x01,
      f(
          NATURE_OF_CONNECTION_INDICATORS,
          FORWARD_CALL_INDICATORS,
          CALLING_PARTYS_CATEGORY,
          TRANSMISSION_MEDIUM_REQUIREMENT),
      v(CALLED_PARTY_NUMBER),
      true),
  SAM(0x02, f(), v(SUBSEQUENT_NUMBER), true),
  INR(0x03, f(INFORMATION_REQUEST_INDICATORS), v(), true),
  INF(0x04, f(INFORMATION_INDICATORS), v(), true),
  COT(0x05, f(CONTINUITY_INDICATORS), v(), false),
  ACM(0x06, f(BACKWARD_CALL_INDICATORS), v(), true),
  CON(0x07, f(BACKWARD_CALL_INDICATORS), v(), true),
  FOT(0x08, f(), v(), true),
  ANM(0x09, f(), v(), true),
  REL(0x0c, f(), v(CAUSE_INDICATORS), true),
  SUS(0x0d, f(SUSPEND_RESUME_INDICATORS), v(), true),
  RES(0x0e, f(SUSPEND_RESUME_INDICATORS), v(), true),
  RLC(0x10, f(), v(), true),
  CCR(0x11, f(), v(), false),
  RSC(0x12, f(), v(), false),
  BLO(0x13, f(), v(), false),
  UBL(0x14, f(), v(), false),
  BLA(0x15, f(), v(), false),
  UBA(0x16, f(), v(), false),
  GRS(0x17, f(), v(RANGE_AND_STATUS), false),
  CGB(0x18, f(CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE), v(RANGE_AND_STATUS), false),
  CGU(0x19, f(CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE), v(RANGE_AND_STATUS), false),
  CGBA(0x1a, f(CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE), v(RANGE_AND_STATUS), false),
  CGUA(0x1b, f(CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE), v(RANGE_AND_STATUS), false),
  FAR(0x1f, f(FACILITY_INDICATOR), v(), true),
  FAA(0x20, f(FACILITY_INDICATOR), v(), true),
  FRJ(0x21, f(FACILITY_INDICATOR), v(CAUSE_INDICATORS), true),
  LPA(0x24, f(), v(), false),
  GRA(0x29, f(), v(RANGE_AND_STATUS), false),
  CQM(0x2a, f(), v(RANGE_AND_STATUS), false),
  CQR(0x2b, f(), v(RANGE_AND_STATUS, CIRCUIT_STATE_INDICATOR), false),
  CPG(0x2c, f(EVENT_INFORMATION), v(), true),
  UCIC(0x2e, f(), v(), false),
  CFN(0x2f, f(), v(CAUSE_INDICATORS), true),
  OLM(0x30, f(), v(), false),
  /**
   * Not a wire code: any message type this stack does not recognise, carried by {@link
   * UnknownMessage} with its own code (Q.764 §2.9.5.1).
   */
  UNRECOGNIZED(-1, f(), v(), false);

  private static final IsupMessageType[] BY_CODE = new IsupMessageType[256];

  static {
    for (IsupMessageType t : values()) {
      if (t.code >= 0) {
        BY_CODE[t.code] = t;
      }
    }
  }

  private final int code;
  private final int[] fixed;
  private final int[] variable;
  private final boolean optionalPart;
  private final int fixedLength;

  IsupMessageType(int code, int[] fixed, int[] variable, boolean optionalPart) {
    this.code = code;
    this.fixed = fixed;
    this.variable = variable;
    this.optionalPart = optionalPart;
    int n = 0;
    for (int p : fixed) {
      n += fixedLength(p);
    }
    this.fixedLength = n;
  }

  private static int[] f(int... codes) {
    return codes;
  }

  private static int[] v(int... codes) {
    return codes;
  }

  /** Length of a parameter in a mandatory fixed part (Q.763 §3). */
  static int fixedLength(int parameterCode) {
    return switch (parameterCode) {
      case FORWARD_CALL_INDICATORS,
          BACKWARD_CALL_INDICATORS,
          INFORMATION_INDICATORS,
          INFORMATION_REQUEST_INDICATORS ->
          2;
      default -> 1;
    };
  }

  public int code() {
    return code;
  }

  /** Parameter codes of the mandatory fixed part, in order. */
  public int[] fixedParameters() {
    return fixed.clone();
  }

  /** Parameter codes of the mandatory variable part, in pointer order. */
  public int[] variableParameters() {
    return variable.clone();
  }

  /** Octets of the mandatory fixed part. */
  public int fixedPartLength() {
    return fixedLength;
  }

  /** Number of mandatory variable parameters (pointers before the optional-part pointer). */
  public int variableCount() {
    return variable.length;
  }

  /** Whether the format has an optional part (and a pointer to it). */
  public boolean hasOptionalPart() {
    return optionalPart;
  }

  /** The type for a wire code, or {@link #UNRECOGNIZED}. */
  public static IsupMessageType fromCode(int code) {
    IsupMessageType t = code >= 0 && code < 256 ? BY_CODE[code] : null;
    return t == null ? UNRECOGNIZED : t;
  }
}
