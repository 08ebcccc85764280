package org.ss7sim.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to open (client) or accept (server) associations.
 *
 * @param name for logs; accepted associations append the peer address
 * @param localAddresses addresses to bind (several for SCTP multi-homing; port 0 = ephemeral); may
 *     be empty for a client
 * @param remoteAddresses the peer's addresses for a client (first is primary); empty for a server
 * @param streams requested outbound and inbound streams (SCTP); at least 1
 * @param reconnectInitial first client reconnect delay; doubled after each failure
 * @param reconnectMax upper bound of the reconnect delay
 * @param maxMessageSize largest message accepted from the peer (TCP framing limit)
 */
public record AssociationConfig(
    String name,
    List<InetSocketAddress> localAddresses,
    List<InetSocketAddress> remoteAddresses,
    int streams,
    Duration reconnectInitial,
    Duration reconnectMax,
    int maxMessageSize) {
  public static final int DEFAULT_STREAMS = 16;
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 65_535 + 8;

  public AssociationConfig {
    Objects.requireNonNull(name, "name");
    localAddresses = List.copyOf(localAddresses);
    remoteAddresses = List.copyOf(remoteAddresses);
    if (streams < 1 || streams > 65_535) {
      throw new IllegalArgumentException("streams out of range: " + streams);
    }
    if (reconnectInitial.isNegative()
        || reconnectInitial.isZero()
        || reconnectMax.compareTo(reconnectInitial) < 0) {
      throw new IllegalArgumentException(
          "bad reconnect back-off " + reconnectInitial + ".." + reconnectMax);
    }
    if (maxMessageSize < 8) {
      throw new IllegalArgumentException("max message size too small: " + maxMessageSize);
    }
  }

  /** A client towards {@code remote} with default streams and back-off (100 ms doubling to 5 s). */
  public static AssociationConfig client(String name, InetSocketAddress remote) {
    return new AssociationConfig(
        name,
        List.of(),
        List.of(remote),
        DEFAULT_STREAMS,
        Duration.ofMillis(100),
        Duration.ofSeconds(5),
        DEFAULT_MAX_MESSAGE_SIZE);
  }

  /** A server bound to {@code local} with default streams. */
  public static AssociationConfig server(String name, InetSocketAddress local) {
    return new AssociationConfig(
        name,
        List.of(local),
        List.of(),
        DEFAULT_STREAMS,
        Duration.ofMillis(100),
        Duration.ofSeconds(5),
        DEFAULT_MAX_MESSAGE_SIZE);
  }

  public AssociationConfig withReconnect(Duration initial, Duration max) {
    return new AssociationConfig(
        name, localAddresses, remoteAddresses, streams, initial, max, maxMessageSize);
  }

  public AssociationConfig withLocalAddresses(List<InetSocketAddress> local) {
    return new AssociationConfig(
        name, local, remoteAddresses, streams, reconnectInitial, reconnectMax, maxMessageSize);
  }

  public AssociationConfig withStreams(int n) {
    return new AssociationConfig(
        name, localAddresses, remoteAddresses, n, reconnectInitial, reconnectMax, maxMessageSize);
  }

  /** The reconnect delay after {@code failures} consecutive failures (0 = first retry). */
  public Duration backoff(int failures) {
    long ms = reconnectInitial.toMillis();
    for (int i = 0; i < failures && ms < reconnectMax.toMillis(); i++) {
      ms *= 2;
    }
    return Duration.ofMillis(Math.min(ms, reconnectMax.toMillis()));
  }
}
