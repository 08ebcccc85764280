package org.ss7sim.inap.message;

import org.ss7sim.wire.Octets;

/**
 * The argument of ApplyChargingReport (Q.1218 §6, opcode 36): {@code ApplyChargingReportArg ::=
 * CallResult}, an OCTET STRING whose contents are network specific.
 */
public record ApplyChargingReportArg(Octets callResult) implements InapArgument {
  public ApplyChargingReportArg {
    java.util.Objects.requireNonNull(callResult, "callResult");
  }

  @Override
  public InapOperation operation() {
    return InapOperation.APPLY_CHARGING_REPORT;
  }
}
