package org.ss7sim.sip;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * Sees every SIP message the gateway sends or receives, as on the wire, for a capture beside the
 * SS7 side (a pcap of UDP/TCP frames). Called on the library's threads: implementations must be
 * thread-safe and quick.
 */
@FunctionalInterface
public interface SipWireTap {
  /** One message sent or received. */
  void onMessage(Message message);

  /**
   * One SIP message.
   *
   * @param epochMillis when it was sent or received
   * @param outbound true when the gateway sent it
   * @param transport {@code udp} or {@code tcp}
   * @param source where it came from
   * @param destination where it went
   * @param callId its Call-ID (RFC 3261 §8.1.1.4)
   * @param bytes the message as it travelled: as sent, or as received (the octets the parser read:
   *     the datagram; over TCP the header lines as read, with their CRLF line ends, and the body)
   */
  record Message(
      long epochMillis,
      boolean outbound,
      String transport,
      InetSocketAddress source,
      InetSocketAddress destination,
      String callId,
      Octets bytes) {
    public Message {
      Objects.requireNonNull(transport, "transport");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}
