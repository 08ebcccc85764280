package org.ss7sim.transport.stream;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Options shared by servers and clients.
 *
 * @param framing how messages are delimited
 * @param tls when present, every connection runs TLS with engines from this context
 * @param connectTimeout client connect timeout
 */
public record StreamOptions(
    StreamFraming framing, Optional<SSLContext> tls, Duration connectTimeout) {
  public StreamOptions {
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
  }

  public static StreamOptions plain(StreamFraming framing) {
    return new StreamOptions(framing, Optional.empty(), Duration.ofSeconds(5));
  }

  public StreamOptions withTls(SSLContext context) {
    return new StreamOptions(framing, Optional.of(context), connectTimeout);
  }
}
