package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * An M3UA message (RFC 4666 §3). Optional scalar parameters are {@code null} when absent, optional
 * lists empty. {@link #unknown()} holds parameters the record does not model, in wire order.
 */
public sealed interface M3uaMessage
    permits ErrorMessage,
        Notify,
        Data,
        DestinationUnavailable,
        DestinationAvailable,
        DestinationStateAudit,
        SignallingCongestion,
        DestinationUserPartUnavailable,
        DestinationRestricted,
        AspUp,
        AspUpAck,
        AspDown,
        AspDownAck,
        Heartbeat,
        HeartbeatAck,
        AspActive,
        AspActiveAck,
        AspInactive,
        AspInactiveAck,
        RegistrationRequest,
        RegistrationResponse,
        DeregistrationRequest,
        DeregistrationResponse {
  M3uaMessageType type();

  List<Parameter> unknown();
}
