package org.ss7sim.sip;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.wire.Octets;

/**
 * An INVITE the gateway sends (Q.1912.5, TS 29.163 §7.2.3.2: from an IAM).
 *
 * @param requestUri the Request-URI (the called number as user part); also the To URI
 * @param from the From URI (the calling number, or {@code anonymous} when restricted)
 * @param assertedIdentity the P-Asserted-Identity to send, when the calling number is known
 * @param privacy the Privacy header values to send ({@code id} for restricted presentation)
 * @param nextHop where the INVITE is sent
 * @param transport {@code udp} or {@code tcp}
 * @param callId the Call-ID to use (RFC 3261 §8.1.1.4: globally unique), or empty for a new one
 * @param isup the ISUP message to encapsulate (SIP-I, Q.1912.5 profile A: the IAM from its message
 *     type code on), or empty for SIP without encapsulation (profile C)
 */
public record OutgoingInvite(
    SipUri requestUri,
    SipUri from,
    Optional<SipUri> assertedIdentity,
    Set<String> privacy,
    InetSocketAddress nextHop,
    String transport,
    Optional<String> callId,
    Optional<Octets> isup) {
  /** An INVITE with a new Call-ID. */
  public OutgoingInvite(
      SipUri requestUri,
      SipUri from,
      Optional<SipUri> assertedIdentity,
      Set<String> privacy,
      InetSocketAddress nextHop,
      String transport) {
    this(
        requestUri,
        from,
        assertedIdentity,
        privacy,
        nextHop,
        transport,
        Optional.empty(),
        Optional.empty());
  }

  public OutgoingInvite {
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(assertedIdentity, "assertedIdentity");
    privacy = Set.copyOf(privacy);
    Objects.requireNonNull(nextHop, "nextHop");
    if (!transport.equals("udp") && !transport.equals("tcp")) {
      throw new IllegalArgumentException("transport must be udp or tcp: " + transport);
    }
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(isup, "isup");
    if (callId.isPresent() && (callId.get().isBlank() || !callId.get().matches("[!-~]+"))) {
      throw new IllegalArgumentException("not a Call-ID: " + callId.get());
    }
  }

  /** The same INVITE with this Call-ID (e.g. named beforehand for a trace). */
  public OutgoingInvite withCallId(String id) {
    return new OutgoingInvite(
        requestUri, from, assertedIdentity, privacy, nextHop, transport, Optional.of(id), isup);
  }

  /** The same INVITE carrying {@code message} (SIP-I: multipart/mixed with application/ISUP). */
  public OutgoingInvite withIsup(Octets message) {
    return new OutgoingInvite(
        requestUri,
        from,
        assertedIdentity,
        privacy,
        nextHop,
        transport,
        callId,
        Optional.of(message));
  }
}
