/**
 * The SIP signalling side of a gateway (RFC 3261, RFC 3264, RFC 3325, RFC 3326): a small call API
 * ({@link org.ss7sim.sip.SipCalls} requests, {@link org.ss7sim.sip.SipCallUser} indications) in the
 * spirit of the ISUP module's call control, over UDP and TCP.
 *
 * <p>Parsing, transactions (RFC 3261 §17: retransmissions, timers A–K, CANCEL, ACK for non-2xx) and
 * dialogs (§12) are the JAIN-SIP reference implementation's; it is used only by {@link
 * org.ss7sim.sip.SipGateway}, which is also the one class that lets the library start its threads
 * (docs/decisions.md, "SIP: the JAIN-SIP reference implementation"). Everything else here is pure:
 * {@link org.ss7sim.sip.Sdp} (the fixed offer/answer of RFC 3264), the values of a call, the
 * counters.
 */
package org.ss7sim.sip;
