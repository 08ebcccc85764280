package org.ss7sim.inap.message;

import org.ss7sim.tcap.component.ErrorCode;

/**
 * INAP CS-1 errors and their local error codes (Q.1218 §6, IN-CS-1-Errors; ETS 300 374-1). Codes 2,
 * 5 and 9 are not assigned in CS-1.
 */
public enum InapError {
  CANCELED(0),
  CANCEL_FAILED(1),
  ETC_FAILED(3),
  IMPROPER_CALLER_RESPONSE(4),
  MISSING_CUSTOMER_RECORD(6),
  MISSING_PARAMETER(7),
  PARAMETER_OUT_OF_RANGE(8),
  REQUESTED_INFO_ERROR(10),
  SYSTEM_FAILURE(11),
  /** Carries {@code TaskRefused ::= ENUMERATED { generic(0), unobtainable(1), congestion(2) }}. */
  TASK_REFUSED(12),
  UNAVAILABLE_RESOURCE(13),
  UNEXPECTED_COMPONENT_SEQUENCE(14),
  UNEXPECTED_DATA_VALUE(15),
  UNEXPECTED_PARAMETER(16),
  UNKNOWN_LEG_ID(17),
  UNKNOWN_RESOURCE(18);

  private final int code;
  private final ErrorCode errorCode;

  InapError(int code) {
    this.code = code;
    this.errorCode = ErrorCode.local(code);
  }

  public int code() {
    return code;
  }

  /** The TCAP error code. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The error with this code, or null when it is not an INAP CS-1 error. */
  public static InapError ofCode(ErrorCode code) {
    if (code == null || code.isGlobal()) {
      return null;
    }
    for (InapError e : values()) {
      if (e.code == code.local()) {
        return e;
      }
    }
    return null;
  }

  /** The values of the {@code TaskRefused} error parameter. */
  public enum TaskRefusedReason {
    GENERIC,
    UNOBTAINABLE,
    CONGESTION
  }
}
