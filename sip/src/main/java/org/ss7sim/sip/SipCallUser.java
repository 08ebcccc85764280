package org.ss7sim.sip;

/**
 * What the gateway's user (the interworking) is told, one method per indication, always on the
 * executor given to {@link SipGateway#start}. Every call received or placed ends with exactly one
 * {@link #ended}, except calls the user itself rejected, cancelled or cleared with BYE.
 */
public interface SipCallUser {
  /** A new INVITE from an allowed peer; 100 Trying has been sent. */
  void incomingCall(IncomingCall call);

  /** Outgoing call: a provisional response other than 100 (180 Ringing, 183 Session Progress). */
  void progress(SipCallRef call, int status);

  /** Outgoing call: 200 OK received and ACKed. */
  void answered(SipCallRef call);

  /** The call is over, ended from the SIP side (or by a timeout). */
  void ended(SipCallRef call, CallEnd end);
}
