package org.ss7sim.cap.message;

import java.util.List;
import org.ss7sim.wire.ber.RawElement;

/**
 * The argument of a CAP operation (TS 29.078 §6.1.1 call control, §7.1.1 SMS); {@link NoArgument}
 * stands for the operations without one (continue, activityTest, continueSMS).
 */
public sealed interface CapArgument
    permits InitialDpArg,
        ConnectArg,
        ReleaseCallArg,
        RequestReportBcsmEventArg,
        EventReportBcsmArg,
        ApplyChargingArg,
        ApplyChargingReportArg,
        CallInformationRequestArg,
        CallInformationReportArg,
        FurnishChargingInformationArg,
        ResetTimerArg,
        InitialDpSmsArg,
        ConnectSmsArg,
        RequestReportSmsEventArg,
        EventReportSmsArg,
        ReleaseSmsArg,
        NoArgument {

  /** The operation this argument belongs to. */
  CapOperation operation();

  /** Elements received that are not modelled, in wire order; empty when none. */
  default List<RawElement> unmodelled() {
    return List.of();
  }
}
