package org.ss7sim.smpp.pdu;

/** PDUs that are a header and nothing else (command_length 16). */
public sealed interface HeaderOnly extends Pdu
    permits GenericNack,
        Unbind,
        UnbindResp,
        EnquireLink,
        EnquireLinkResp,
        CancelSmResp,
        ReplaceSmResp,
        CancelBroadcastSmResp {}
