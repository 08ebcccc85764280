package org.ss7sim.sip;

/**
 * The requests of the gateway's call API, one method per request. Unknown or finished calls are
 * ignored (and counted), since the far end may end a call at any moment.
 */
public interface SipCalls {
  /** Incoming call: a provisional response, 180 Ringing or 183 Session Progress. */
  void progress(SipCallRef call, int status);

  /** Incoming call: 200 OK with the SDP answer (or offer, when the INVITE had none). */
  void answer(SipCallRef call);

  /**
   * Incoming call: a final 3xx–6xx response carrying {@code Reason: Q.850;cause=N} (RFC 3326) when
   * {@code q850Cause} is not 0.
   */
  void reject(SipCallRef call, int status, int q850Cause);

  /** Places a call: sends the INVITE (with an SDP offer). */
  SipCallRef invite(OutgoingInvite invite);

  /**
   * Ends a call: BYE once it is answered (either side), CANCEL for our unanswered INVITE, and for
   * an incoming unanswered INVITE a 487 or — better, with a cause — {@link #reject}. {@code
   * q850Cause} not 0 adds a Reason header.
   */
  void hangUp(SipCallRef call, int q850Cause);

  /** Calls not yet ended: zero after a scenario that ended everything (the leak check). */
  int activeCalls();
}
