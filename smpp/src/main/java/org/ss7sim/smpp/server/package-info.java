/**
 * The SMSC side of SMPP: {@link org.ss7sim.smpp.server.SmppServer} accepts ESME connections, one
 * {@link org.ss7sim.smpp.server.ServerSession} state machine per connection (SMPP 3.4 §2.2–2.9:
 * bind, windowing, enquire_link, unbind, throttling), and hands submitted messages to the SMSC node
 * through {@link org.ss7sim.smpp.server.SmscService}; the node pushes deliver_sm (MO messages and
 * receipts) back with {@link org.ss7sim.smpp.server.SmppServer#deliver}.
 */
package org.ss7sim.smpp.server;
