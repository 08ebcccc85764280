package org.ss7sim.isup.message;

/**
 * An ISUP message (Q.763 §1): the circuit it concerns and its parameters. Messages of a type this
 * stack does not recognise are {@link UnknownMessage}.
 */
public sealed interface IsupMessage
    permits InitialAddress,
        SubsequentAddress,
        InformationRequest,
        Information,
        Continuity,
        AddressComplete,
        Connect,
        ForwardTransfer,
        Answer,
        Release,
        Suspend,
        Resume,
        ReleaseComplete,
        ContinuityCheckRequest,
        ResetCircuit,
        Blocking,
        Unblocking,
        BlockingAcknowledgement,
        UnblockingAcknowledgement,
        CircuitGroupReset,
        CircuitGroupBlocking,
        CircuitGroupUnblocking,
        CircuitGroupBlockingAcknowledgement,
        CircuitGroupUnblockingAcknowledgement,
        FacilityRequest,
        FacilityAccepted,
        FacilityReject,
        LoopbackAcknowledgement,
        CircuitGroupResetAcknowledgement,
        CircuitGroupQuery,
        CircuitGroupQueryResponse,
        CallProgress,
        UnequippedCic,
        Confusion,
        Overload,
        UnknownMessage {
  Cic cic();

  IsupMessageType type();

  /** The message type code on the wire. */
  default int typeCode() {
    return type().code();
  }
}
