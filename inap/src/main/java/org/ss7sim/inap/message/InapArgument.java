package org.ss7sim.inap.message;

import java.util.List;

/** The argument of an INAP operation (Q.1218 §6); {@link Continue} stands for "no argument". */
public sealed interface InapArgument
    permits InitialDpArg,
        ConnectArg,
        ReleaseCallArg,
        RequestReportBcsmEventArg,
        EventReportBcsmArg,
        Continue,
        ApplyChargingArg,
        ApplyChargingReportArg {

  /** The operation this argument belongs to. */
  InapOperation operation();

  /** Elements received that are not modelled, in wire order; empty when none. */
  default List<UnknownElement> unknown() {
    return List.of();
  }
}
