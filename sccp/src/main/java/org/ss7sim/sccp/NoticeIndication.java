package org.ss7sim.sccp;

import org.ss7sim.wire.Octets;

/**
 * N-NOTICE indication (Q.711 §6.2.2): a message this user sent with return on error came back
 * undelivered, with the reason.
 */
public record NoticeIndication(
    SccpAddress called, SccpAddress calling, ReturnCause reason, Octets data) {}
