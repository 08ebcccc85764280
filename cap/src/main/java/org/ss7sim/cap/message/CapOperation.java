package org.ss7sim.cap.message;

import static org.ss7sim.cap.message.CapError.MISSING_CUSTOMER_RECORD;
import static org.ss7sim.cap.message.CapError.MISSING_PARAMETER;
import static org.ss7sim.cap.message.CapError.PARAMETER_OUT_OF_RANGE;
import static org.ss7sim.cap.message.CapError.REQUESTED_INFO_ERROR;
import static org.ss7sim.cap.message.CapError.SYSTEM_FAILURE;
import static org.ss7sim.cap.message.CapError.TASK_REFUSED;
import static org.ss7sim.cap.message.CapError.UNEXPECTED_COMPONENT_SEQUENCE;
import static org.ss7sim.cap.message.CapError.UNEXPECTED_DATA_VALUE;
import static org.ss7sim.cap.message.CapError.UNEXPECTED_PARAMETER;
import static org.ss7sim.cap.message.CapError.UNKNOWN_LEG_ID;

import java.util.EnumSet;
import java.util.Set;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;

/**
 * The CAP operations modelled here, with their local operation codes (TS 29.078
 * CAP-operationcodes), operation class, direction, timer and errors as the OPERATION definitions
 * give them (§6.1.1 for call control, §7.1.1 for SMS).
 *
 * <p>An operation with {@code RETURN RESULT FALSE} and errors is class 2; with {@code ALWAYS
 * RESPONDS FALSE} and no errors class 4; activityTest ({@code RETURN RESULT TRUE}, no errors) class
 * 3.
 */
public enum CapOperation {
  /** gsmSSF → gsmSCF, Tidp: the service request at a TDP; opens the dialogue. */
  INITIAL_DP(0, "initialDP", true, OperationClass.CLASS_2, "Tidp", idpErrors()),
  /** gsmSCF → gsmSSF, Tcon: route the call to a destination routing address. */
  CONNECT(20, "connect", true, OperationClass.CLASS_2, "Tcon", ctlErrors(true)),
  /** gsmSCF → gsmSSF, Trc: release the call with a cause. */
  RELEASE_CALL(22, "releaseCall", true, OperationClass.CLASS_4, "Trc", Set.of()),
  /** gsmSCF → gsmSSF, Trrb: arm BCSM event detection points. */
  REQUEST_REPORT_BCSM_EVENT(
      23, "requestReportBCSMEvent", true, OperationClass.CLASS_2, "Trrb", ctlErrors(true)),
  /** gsmSSF → gsmSCF, Terb: an armed BCSM event was met. */
  EVENT_REPORT_BCSM(24, "eventReportBCSM", true, OperationClass.CLASS_4, "Terb", Set.of()),
  /** gsmSCF → gsmSSF, Tcue: proceed without changes. */
  CONTINUE(31, "continue", false, OperationClass.CLASS_4, "Tcue", Set.of()),
  /** gsmSCF → gsmSSF, Trt: refresh Tssf. */
  RESET_TIMER(
      33,
      "resetTimer",
      true,
      OperationClass.CLASS_2,
      "Trt",
      EnumSet.of(
          MISSING_PARAMETER,
          PARAMETER_OUT_OF_RANGE,
          TASK_REFUSED,
          UNEXPECTED_COMPONENT_SEQUENCE,
          UNEXPECTED_DATA_VALUE,
          UNEXPECTED_PARAMETER)),
  /** gsmSCF → gsmSSF, Tfci: free-format data for the call record. */
  FURNISH_CHARGING_INFORMATION(
      34,
      "furnishChargingInformation",
      true,
      OperationClass.CLASS_2,
      "Tfci",
      EnumSet.of(
          MISSING_PARAMETER,
          TASK_REFUSED,
          UNEXPECTED_COMPONENT_SEQUENCE,
          UNEXPECTED_DATA_VALUE,
          UNEXPECTED_PARAMETER,
          UNKNOWN_LEG_ID)),
  /** gsmSCF → gsmSSF, Tac: time-based charging instructions (the prepaid call period). */
  APPLY_CHARGING(35, "applyCharging", true, OperationClass.CLASS_2, "Tac", ctlErrors(true)),
  /** gsmSSF → gsmSCF, Tacr: the charging report for a period. */
  APPLY_CHARGING_REPORT(
      36, "applyChargingReport", true, OperationClass.CLASS_2, "Tacr", ctlErrors(true)),
  /** gsmSSF → gsmSCF, Tcirp: the information asked for by CallInformationRequest. */
  CALL_INFORMATION_REPORT(
      44, "callInformationReport", true, OperationClass.CLASS_4, "Tcirp", Set.of()),
  /** gsmSCF → gsmSSF, Tcirq: record call information and report it at the end. */
  CALL_INFORMATION_REQUEST(
      45, "callInformationRequest", true, OperationClass.CLASS_2, "Tcirq", cirqErrors()),
  /** gsmSCF → gsmSSF, Tat: is the relationship still there? */
  ACTIVITY_TEST(55, "activityTest", false, OperationClass.CLASS_3, "Tat", Set.of()),
  /** gsmSSF → gsmSCF, Tidpsms: the MO (or MT) short message service request. */
  INITIAL_DP_SMS(60, "initialDPSMS", true, OperationClass.CLASS_2, "Tidpsms", idpErrors()),
  /** gsmSCF → gsmSSF, Tconsms: submit with changed addresses. */
  CONNECT_SMS(
      62,
      "connectSMS",
      true,
      OperationClass.CLASS_2,
      "Tconsms",
      EnumSet.of(
          MISSING_PARAMETER,
          PARAMETER_OUT_OF_RANGE,
          SYSTEM_FAILURE,
          TASK_REFUSED,
          UNEXPECTED_COMPONENT_SEQUENCE,
          UNEXPECTED_DATA_VALUE,
          UNEXPECTED_PARAMETER)),
  /** gsmSCF → gsmSSF, Trrbsms: arm SMS event detection points. */
  REQUEST_REPORT_SMS_EVENT(
      63,
      "requestReportSMSEvent",
      true,
      OperationClass.CLASS_2,
      "Trrbsms",
      EnumSet.of(
          MISSING_PARAMETER,
          PARAMETER_OUT_OF_RANGE,
          SYSTEM_FAILURE,
          TASK_REFUSED,
          UNEXPECTED_COMPONENT_SEQUENCE,
          UNEXPECTED_DATA_VALUE,
          UNEXPECTED_PARAMETER)),
  /** gsmSSF → gsmSCF, Terbsms: an armed SMS event was met. */
  EVENT_REPORT_SMS(64, "eventReportSMS", true, OperationClass.CLASS_4, "Terbsms", Set.of()),
  /** gsmSCF → gsmSSF, Tcuesms: proceed with the short message. */
  CONTINUE_SMS(65, "continueSMS", false, OperationClass.CLASS_4, "Tcuesms", Set.of()),
  /** gsmSCF → gsmSSF, Trelsms: refuse the short message with an RP cause. */
  RELEASE_SMS(66, "releaseSMS", true, OperationClass.CLASS_4, "Trelsms", Set.of());

  private static final CapOperation[] BY_CODE = new CapOperation[128];

  static {
    for (CapOperation op : values()) {
      BY_CODE[op.code] = op;
    }
  }

  private final int code;
  private final String specName;
  private final boolean hasArgument;
  private final OperationClass operationClass;
  private final String timer;
  private final Set<CapError> errors;
  private final OperationCode opCode;

  CapOperation(
      int code,
      String specName,
      boolean hasArgument,
      OperationClass operationClass,
      String timer,
      Set<CapError> errors) {
    this.code = code;
    this.specName = specName;
    this.hasArgument = hasArgument;
    this.operationClass = operationClass;
    this.timer = timer;
    this.errors = Set.copyOf(errors);
    this.opCode = OperationCode.local(code);
  }

  private static Set<CapError> idpErrors() {
    return EnumSet.of(
        MISSING_CUSTOMER_RECORD,
        MISSING_PARAMETER,
        PARAMETER_OUT_OF_RANGE,
        SYSTEM_FAILURE,
        TASK_REFUSED,
        UNEXPECTED_COMPONENT_SEQUENCE,
        UNEXPECTED_DATA_VALUE,
        UNEXPECTED_PARAMETER);
  }

  /** The errors of connect, requestReportBCSMEvent, applyCharging(Report) (phase 2 sets). */
  private static Set<CapError> ctlErrors(boolean legs) {
    Set<CapError> s = idpErrors();
    s.remove(MISSING_CUSTOMER_RECORD);
    if (legs) {
      s.add(UNKNOWN_LEG_ID);
    }
    return s;
  }

  private static Set<CapError> cirqErrors() {
    Set<CapError> s = ctlErrors(true);
    s.add(REQUESTED_INFO_ERROR);
    return s;
  }

  /** The name in TS 29.078, e.g. {@code initialDP}. */
  public String specName() {
    return specName;
  }

  public int code() {
    return code;
  }

  /**
   * Whether an Invoke of the operation carries an argument (all but continue, activityTest,
   * continueSMS).
   */
  public boolean hasArgument() {
    return hasArgument;
  }

  public OperationClass operationClass() {
    return operationClass;
  }

  /** The name of the operation timer in TS 29.078 (e.g. {@code Tidp}). */
  public String timer() {
    return timer;
  }

  /** The errors the OPERATION definition lists; a ReturnError with any other is unexpected. */
  public Set<CapError> errors() {
    return errors;
  }

  /** The TCAP operation code. */
  public OperationCode opCode() {
    return opCode;
  }

  /** The operation with this code, or null when it is not one modelled here. */
  public static CapOperation ofCode(OperationCode code) {
    if (code == null || code.isGlobal() || code.local() < 0 || code.local() >= BY_CODE.length) {
      return null;
    }
    return BY_CODE[(int) code.local()];
  }
}
