package org.ss7sim.smpp.server;

import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;

/**
 * A bound ESME session as the SMSC node sees it.
 *
 * @param sessionId unique per connection
 * @param remote the peer's address, for logs
 */
public record EsmeBind(
    long sessionId,
    String systemId,
    BindType type,
    String systemType,
    Address addressRange,
    String remote) {}
