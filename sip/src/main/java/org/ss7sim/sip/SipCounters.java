package org.ss7sim.sip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Named counters of one gateway, for the simulator to show: calls (INVITE transactions), what was
 * refused and why, and every message on the wire (retransmissions included) as requests by method
 * and responses by class, each way ({@code byeReceived}, {@code responses4xxSent} …). Written from
 * the SIP library's threads, hence atomic.
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

  /** Methods counted one by one on the wire; others under {@code OTHER}. */
  static final List<String> METHODS = List.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "OTHER");

  // wire messages (retransmissions included): [0] received, [1] sent
  private final AtomicLongArray requests = new AtomicLongArray(2 * METHODS.size());
  private final AtomicLongArray responses = new AtomicLongArray(2 * 6); // classes 1xx..6xx

  void request(boolean sent, String method) {
    int i = METHODS.indexOf(method);
    requests.incrementAndGet((sent ? METHODS.size() : 0) + (i < 0 ? METHODS.size() - 1 : i));
  }

  void response(boolean sent, int status) {
    int cls = status / 100;
    if (cls >= 1 && cls <= 6) {
      responses.incrementAndGet((sent ? 6 : 0) + cls - 1);
    }
  }

  /** Requests of {@code method} received ({@code sent} false) or sent, retransmissions included. */
  public long requests(String method, boolean sent) {
    int i = METHODS.indexOf(method);
    return requests.get((sent ? METHODS.size() : 0) + (i < 0 ? METHODS.size() - 1 : i));
  }

  /** Responses of class {@code cls} (1 to 6) received or sent, retransmissions included. */
  public long responses(int cls, boolean sent) {
    return responses.get((sent ? 6 : 0) + cls - 1);
  }

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
    for (boolean sent : new boolean[] {false, true}) {
      String way = sent ? "Sent" : "Received";
      for (String method : METHODS) {
        m.put(method.toLowerCase(java.util.Locale.ROOT) + way, requests(method, sent));
      }
      for (int cls = 1; cls <= 6; cls++) {
        m.put("responses" + cls + "xx" + way, responses(cls, sent));
      }
    }
    return m;
  }
}
