package org.ss7sim.isup.parameter;

/**
 * A Q.850 cause value (Q.850 Table 1): an open 7-bit value, so national and future codes survive.
 * Constants name the causes Q.764 procedures use; {@link #outcome()} is what the simulator reports.
 */
public record CauseValue(int code) {
  public static final CauseValue UNALLOCATED_NUMBER = new CauseValue(1);
  public static final CauseValue NO_ROUTE_TO_DESTINATION = new CauseValue(3);
  public static final CauseValue NORMAL_CLEARING = new CauseValue(16);
  public static final CauseValue USER_BUSY = new CauseValue(17);
  public static final CauseValue NO_USER_RESPONDING = new CauseValue(18);
  public static final CauseValue NO_ANSWER = new CauseValue(19);
  public static final CauseValue SUBSCRIBER_ABSENT = new CauseValue(20);
  public static final CauseValue CALL_REJECTED = new CauseValue(21);
  public static final CauseValue NUMBER_CHANGED = new CauseValue(22);
  public static final CauseValue DESTINATION_OUT_OF_ORDER = new CauseValue(27);
  public static final CauseValue INVALID_NUMBER_FORMAT = new CauseValue(28);
  public static final CauseValue NORMAL_UNSPECIFIED = new CauseValue(31);
  public static final CauseValue NO_CIRCUIT_AVAILABLE = new CauseValue(34);
  public static final CauseValue NETWORK_OUT_OF_ORDER = new CauseValue(38);
  public static final CauseValue TEMPORARY_FAILURE = new CauseValue(41);
  public static final CauseValue SWITCHING_EQUIPMENT_CONGESTION = new CauseValue(42);
  public static final CauseValue REQUESTED_CIRCUIT_NOT_AVAILABLE = new CauseValue(44);
  public static final CauseValue RESOURCE_UNAVAILABLE = new CauseValue(47);
  public static final CauseValue SERVICE_NOT_AVAILABLE = new CauseValue(63);
  public static final CauseValue INVALID_MESSAGE = new CauseValue(95);
  public static final CauseValue MANDATORY_ELEMENT_MISSING = new CauseValue(96);
  public static final CauseValue MESSAGE_TYPE_NON_EXISTENT = new CauseValue(97);
  public static final CauseValue PARAMETER_NON_EXISTENT_DISCARDED = new CauseValue(99);
  public static final CauseValue INVALID_PARAMETER_CONTENTS = new CauseValue(100);
  public static final CauseValue RECOVERY_ON_TIMER_EXPIRY = new CauseValue(102);
  public static final CauseValue PARAMETER_NON_EXISTENT_PASSED_ON = new CauseValue(103);
  public static final CauseValue MESSAGE_WITH_UNRECOGNIZED_PARAMETER_DISCARDED =
      new CauseValue(110);
  public static final CauseValue PROTOCOL_ERROR = new CauseValue(111);
  public static final CauseValue INTERWORKING = new CauseValue(127);

  public CauseValue {
    if (code < 0 || code > 127) {
      throw new IllegalArgumentException("cause value out of range: " + code);
    }
  }

  /** Q.850 §2.2.5 class of the cause: the three high bits. */
  public int causeClass() {
    return code >>> 4;
  }

  /** The outcome a call released with this cause counts as. */
  public CallOutcome outcome() {
    return switch (code) {
      case 16, 31 -> CallOutcome.NORMAL;
      case 17 -> CallOutcome.BUSY;
      case 18, 19 -> CallOutcome.NO_ANSWER;
      case 1, 3, 22, 28 -> CallOutcome.UNALLOCATED_NUMBER;
      case 20, 21, 27 -> CallOutcome.UNREACHABLE;
      case 34, 42, 44, 47 -> CallOutcome.CONGESTION;
      case 38, 41 -> CallOutcome.TEMPORARY_FAILURE;
      case 102 -> CallOutcome.TIMER_EXPIRY;
      default -> code >= 80 ? CallOutcome.PROTOCOL_ERROR : CallOutcome.OTHER;
    };
  }

  @Override
  public String toString() {
    return "cause " + code;
  }
}
