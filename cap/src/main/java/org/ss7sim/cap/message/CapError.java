package org.ss7sim.cap.message;

import org.ss7sim.tcap.component.ErrorCode;

/**
 * CAP errors and their local error codes (TS 29.078 §14.1, CAP-errorcodes; §14.2 for their
 * parameters). Codes 2, 5 and 9 are not assigned; unknownCSID (50) appears in phase 4 only and is
 * listed so that it is recognised on receipt.
 *
 * <pre>
 * cancelled 0, cancelFailed 1 (PARAMETER SEQUENCE {problem [0] ENUMERATED, operationReturnID [1]}),
 * eTCFailed 3, improperCallerResponse 4, missingCustomerRecord 6, missingParameter 7,
 * parameterOutOfRange 8, requestedInfoError 10 (PARAMETER ENUMERATED {unknownRequestedInfo(1),
 * requestedInfoNotAvailable(2)}), systemFailure 11 (PARAMETER UnavailableNetworkResource),
 * taskRefused 12 (PARAMETER ENUMERATED {generic(0), unobtainable(1), congestion(2)}),
 * unavailableResource 13, unexpectedComponentSequence 14, unexpectedDataValue 15,
 * unexpectedParameter 16, unknownLegID 17, unknownCSID 50
 * </pre>
 */
public enum CapError {
  CANCELLED(0),
  CANCEL_FAILED(1),
  ETC_FAILED(3),
  IMPROPER_CALLER_RESPONSE(4),
  MISSING_CUSTOMER_RECORD(6),
  MISSING_PARAMETER(7),
  PARAMETER_OUT_OF_RANGE(8),
  REQUESTED_INFO_ERROR(10),
  SYSTEM_FAILURE(11),
  TASK_REFUSED(12),
  UNAVAILABLE_RESOURCE(13),
  UNEXPECTED_COMPONENT_SEQUENCE(14),
  UNEXPECTED_DATA_VALUE(15),
  UNEXPECTED_PARAMETER(16),
  UNKNOWN_LEG_ID(17),
  UNKNOWN_CS_ID(50);

  private final int code;
  private final ErrorCode errorCode;

  CapError(int code) {
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

  /** The error with this code, or null when it is not a CAP error. */
  public static CapError ofCode(ErrorCode code) {
    if (code == null || code.isGlobal()) {
      return null;
    }
    for (CapError e : values()) {
      if (e.code == code.local()) {
        return e;
      }
    }
    return null;
  }
}
