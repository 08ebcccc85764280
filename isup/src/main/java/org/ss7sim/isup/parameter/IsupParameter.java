package org.ss7sim.isup.parameter;

import org.ss7sim.wire.WireWriter;

/**
 * One ISUP parameter (Q.763 §3). {@link #code()} is the parameter name code of Q.763 Table 5;
 * {@link #encodeContent(WireWriter)} writes the contents only (no name, no length).
 */
public sealed interface IsupParameter
    permits NatureOfConnectionIndicators,
        ForwardCallIndicators,
        BackwardCallIndicators,
        OptionalForwardCallIndicators,
        OptionalBackwardCallIndicators,
        CallingPartysCategory,
        TransmissionMediumRequirement,
        CalledPartyNumber,
        CallingPartyNumber,
        SubsequentNumber,
        RedirectingNumber,
        OriginalCalledNumber,
        ConnectedNumber,
        GenericNumber,
        LocationNumber,
        RedirectionInformation,
        CauseIndicators,
        EventInformation,
        UserServiceInformation,
        AccessTransport,
        RangeAndStatus,
        CircuitGroupSupervisionType,
        CircuitStateIndicator,
        HopCounter,
        SuspendResumeIndicators,
        InformationIndicators,
        InformationRequestIndicators,
        ContinuityIndicators,
        FacilityIndicator,
        MessageCompatibilityInformation,
        RawParameter {

  /** Parameter name code (Q.763 Table 5). */
  int code();

  /** Writes the parameter contents (without name and length octets). */
  void encodeContent(WireWriter out);
}
