package org.ss7sim.transport;

import java.net.SocketAddress;
import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * A message-oriented association between two endpoints (RFC 4960 §1.1 semantics): whole messages,
 * each sent on a stream with a payload protocol identifier, delivered in order per stream.
 *
 * <p>A client-side association outlives connections: after a loss it reconnects with back-off and
 * reports {@link AssociationListener#onUp} again. A server-side association stands for one accepted
 * connection and ends with it.
 *
 * <p>Methods may be called from any thread; sends are queued and never block.
 */
public interface Association {
  /** A name for logs and counters: the configured name, or the peer address for accepted ones. */
  String name();

  TransportKind kind();

  /** Whether messages can be sent now. */
  boolean isUp();

  /**
   * Sends {@code payload} on {@code streamId} with {@code ppid}. Streams and PPIDs the transport
   * cannot carry (TCP) are dropped from the wire; ordering then is that of the single byte stream.
   *
   * @return {@code false} when the association is down and the message was discarded
   */
  boolean send(int streamId, long ppid, Octets payload);

  /** Outbound streams negotiated (1 when the transport has no streams). */
  int outboundStreams();

  /** Whether received stream ids are real (SCTP, in-JVM) rather than always 0 (TCP). */
  boolean carriesStreams();

  /** The peer's addresses (several when multi-homed), empty while down. */
  List<SocketAddress> remoteAddresses();

  /**
   * Aborts the current connection: the peer sees it go down. A client then reconnects after the
   * back-off; use {@link #close()} to stop for good.
   */
  void abort();

  /** Closes for good: no reconnect; {@link AssociationListener#onDown} follows if it was up. */
  void close();
}
