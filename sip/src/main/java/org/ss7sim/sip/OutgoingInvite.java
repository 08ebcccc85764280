package org.ss7sim.sip;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An INVITE the gateway sends (Q.1912.5, TS 29.163 §7.3.3: from an IAM).
 *
 * @param requestUri the Request-URI (the called number as user part); also the To URI
 * @param from the From URI (the calling number, or {@code anonymous} when restricted)
 * @param assertedIdentity the P-Asserted-Identity to send, when the calling number is known
 * @param privacy the Privacy header values to send ({@code id} for restricted presentation)
 * @param nextHop where the INVITE is sent
 * @param transport {@code udp} or {@code tcp}
 */
public record OutgoingInvite(
    SipUri requestUri,
    SipUri from,
    Optional<SipUri> assertedIdentity,
    Set<String> privacy,
    InetSocketAddress nextHop,
    String transport) {
  public OutgoingInvite {
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(assertedIdentity, "assertedIdentity");
    privacy = Set.copyOf(privacy);
    Objects.requireNonNull(nextHop, "nextHop");
    if (!transport.equals("udp") && !transport.equals("tcp")) {
      throw new IllegalArgumentException("transport must be udp or tcp: " + transport);
    }
  }
}
