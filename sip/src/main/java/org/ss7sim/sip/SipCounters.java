package org.ss7sim.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Named counters of one gateway, for the simulator to show. Written from the SIP library's threads,
 * hence atomic.
 */
public final class SipCounters {
  final AtomicLong invitesReceived = new AtomicLong();
  final AtomicLong invitesSent = new AtomicLong();
  final AtomicLong forbiddenPeer = new AtomicLong();
  final AtomicLong malformed = new AtomicLong();
  final AtomicLong unsupportedMediaType = new AtomicLong();
  final AtomicLong notAcceptableSdp = new AtomicLong();
  final AtomicLong unknownDialog = new AtomicLong();
  final AtomicLong methodNotAllowed = new AtomicLong();
  final AtomicLong badExtension = new AtomicLong();
  final AtomicLong timeouts = new AtomicLong();

  /** INVITEs from a peer not configured: answered 403 Forbidden. */
  public long forbiddenPeer() {
    return forbiddenPeer.get();
  }

  /** Messages the parser rejected (answered 400 Bad Request where the message allows an answer). */
  public long malformed() {
    return malformed.get();
  }

  /** INVITEs with a body other than application/sdp: 415 Unsupported Media Type. */
  public long unsupportedMediaType() {
    return unsupportedMediaType.get();
  }

  /** INVITEs with an SDP offer we cannot answer: 488 Not Acceptable Here. */
  public long notAcceptableSdp() {
    return notAcceptableSdp.get();
  }

  /** BYE or CANCEL for no known dialog or transaction: 481. */
  public long unknownDialog() {
    return unknownDialog.get();
  }

  /** Every counter by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("invitesReceived", invitesReceived.get());
    m.put("invitesSent", invitesSent.get());
    m.put("forbiddenPeer", forbiddenPeer.get());
    m.put("malformed", malformed.get());
    m.put("unsupportedMediaType", unsupportedMediaType.get());
    m.put("notAcceptableSdp", notAcceptableSdp.get());
    m.put("unknownDialog", unknownDialog.get());
    m.put("methodNotAllowed", methodNotAllowed.get());
    m.put("badExtension", badExtension.get());
    m.put("timeouts", timeouts.get());
    return m;
  }
}
