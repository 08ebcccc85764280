package org.ss7sim.sccp;

import org.ss7sim.wire.Octets;

/** N-UNITDATA indication (Q.711 §6.2.2): data received for a local subsystem. */
public record UnitdataIndication(
    SccpAddress called,
    SccpAddress calling,
    ProtocolClass protocolClass,
    int sequenceControl,
    boolean returnOnError,
    Octets data) {}
