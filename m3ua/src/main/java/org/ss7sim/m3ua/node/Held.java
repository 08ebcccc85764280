package org.ss7sim.m3ua.node;

import org.ss7sim.m3ua.message.Data;

/**
 * A message held in a pending AS (RFC 4666 §4.3.4.3) with the session it arrived on (null when a
 * local user part sent it), so that if it has to be sent over another route at T(r) expiry it is
 * still not sent back where it came from ({@link RouteChoice}).
 */
record Held(Data data, Session from) {}
