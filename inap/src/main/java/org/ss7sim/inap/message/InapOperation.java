package org.ss7sim.inap.message;

import org.ss7sim.tcap.component.OperationCode;

/**
 * The INAP CS-1 operations this stack models, with their local operation codes (Q.1218 §6,
 * IN-CS-1-Operations; the same values as ETS 300 374-1 and Wireshark's inap dissector).
 *
 * <p>All of them are class 2 (only errors are reported) except {@link #CONTINUE}, which has no
 * argument and no outcome.
 */
public enum InapOperation {
  /** SSF → SCF, starts the dialogue at a trigger detection point. */
  INITIAL_DP(0, true, "initialDP"),
  /** SCF → SSF: route the call to a destination routing address. */
  CONNECT(20, true, "connect"),
  /** SCF → SSF: release the call with a cause. */
  RELEASE_CALL(22, true, "releaseCall"),
  /** SCF → SSF: arm BCSM event detection points. */
  REQUEST_REPORT_BCSM_EVENT(23, true, "requestReportBCSMEvent"),
  /** SSF → SCF: an armed event was met. */
  EVENT_REPORT_BCSM(24, true, "eventReportBCSM"),
  /** SCF → SSF: continue call processing without changes. */
  CONTINUE(31, false, "continue"),
  /** SCF → SSF: charging instructions. */
  APPLY_CHARGING(35, true, "applyCharging"),
  /** SSF → SCF: charging report. */
  APPLY_CHARGING_REPORT(36, true, "applyChargingReport");

  private static final InapOperation[] BY_CODE = new InapOperation[64];

  static {
    for (InapOperation op : values()) {
      BY_CODE[op.code] = op;
    }
  }

  private final int code;
  private final boolean hasArgument;
  private final OperationCode opCode;
  private final String specName;

  InapOperation(int code, boolean hasArgument, String specName) {
    this.code = code;
    this.hasArgument = hasArgument;
    this.opCode = OperationCode.local(code);
    this.specName = specName;
  }

  /** The operation's name in Q.1218, e.g. {@code initialDP}. */
  public String specName() {
    return specName;
  }

  /** The local operation code. */
  public int code() {
    return code;
  }

  /** Whether the operation carries an argument (all but Continue). */
  public boolean hasArgument() {
    return hasArgument;
  }

  /** The TCAP operation code. */
  public OperationCode opCode() {
    return opCode;
  }

  /** The operation with this code, or null when the code is not one modelled here. */
  public static InapOperation ofCode(OperationCode code) {
    if (code == null || code.isGlobal() || code.local() < 0 || code.local() >= BY_CODE.length) {
      return null;
    }
    return BY_CODE[(int) code.local()];
  }
}
