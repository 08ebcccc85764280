package org.ss7sim.sip;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.message.Request;

/** One call, either direction. Guarded by its own monitor (library and user threads meet here). */
final class Leg {
  final SipCallRef ref;
  final boolean incoming;
  final SipProvider provider;
  String transport = "udp";
  // incoming
  ServerTransaction inviteTransaction;
  Request invite;
  String toTag;
  int payloadType = -1;
  // outgoing
  ClientTransaction clientTransaction;
  boolean provisionalReceived;
  boolean cancelPending;
  boolean cancelled;
  int cancelCause;
  // both
  Dialog dialog;
  boolean answered;
  boolean finalSent;

  Leg(SipCallRef ref, boolean incoming, SipProvider provider) {
    this.ref = ref;
    this.incoming = incoming;
    this.provider = provider;
  }
}
