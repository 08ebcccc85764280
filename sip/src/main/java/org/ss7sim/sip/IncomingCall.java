package org.ss7sim.sip;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.wire.Octets;

/**
 * An INVITE the gateway accepted (peer allowed, SDP acceptable, 100 Trying already sent): what the
 * interworking needs to build an IAM (Q.1912.5, 3GPP TS 29.163 §7.2.3.1).
 *
 * @param ref the call
 * @param requestUri the Request-URI: its user part is the called number
 * @param to the To URI
 * @param from the From URI; {@code anonymous} user or host asks for restriction (RFC 3323 §4.1)
 * @param fromDisplayName the From display name, empty when absent
 * @param assertedIdentity the P-Asserted-Identity (RFC 3325 §9.1), when the peer sent one
 * @param privacy the Privacy header values (RFC 3323: {@code id}, {@code header}, {@code none} …),
 *     lower case; empty when absent
 * @param source where the INVITE came from
 * @param transport {@code udp} or {@code tcp}
 * @param isup the encapsulated ISUP message of a SIP-I INVITE (Q.1912.5 profile A; RFC 3204: from
 *     the message type code on), or empty
 */
public record IncomingCall(
    SipCallRef ref,
    SipUri requestUri,
    SipUri to,
    SipUri from,
    String fromDisplayName,
    Optional<SipUri> assertedIdentity,
    Set<String> privacy,
    InetSocketAddress source,
    String transport,
    Optional<Octets> isup) {
  /** An INVITE without encapsulated ISUP. */
  public IncomingCall(
      SipCallRef ref,
      SipUri requestUri,
      SipUri to,
      SipUri from,
      String fromDisplayName,
      Optional<SipUri> assertedIdentity,
      Set<String> privacy,
      InetSocketAddress source,
      String transport) {
    this(
        ref,
        requestUri,
        to,
        from,
        fromDisplayName,
        assertedIdentity,
        privacy,
        source,
        transport,
        Optional.empty());
  }

  public IncomingCall {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(fromDisplayName, "fromDisplayName");
    Objects.requireNonNull(assertedIdentity, "assertedIdentity");
    privacy = Set.copyOf(privacy);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(isup, "isup");
  }
}
