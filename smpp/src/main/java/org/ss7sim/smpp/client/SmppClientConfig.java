package org.ss7sim.smpp.client;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;

/**
 * ESME-side settings.
 *
 * @param windowSize requests sent and not yet answered, at most
 * @param reconnectDelay wait before reconnecting after the connection is lost
 * @param tick how often the session checks its timers
 */
public record SmppClientConfig(
    InetSocketAddress server,
    String systemId,
    String password,
    String systemType,
    BindType bindType,
    Address addressRange,
    int windowSize,
    Duration responseTimeout,
    Duration enquireLinkInterval,
    Duration reconnectDelay,
    Optional<SSLContext> tls,
    int maxPduLength,
    Duration tick) {
  public SmppClientConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(bindType, "bindType");
    Objects.requireNonNull(tls, "tls");
    if (windowSize < 1) {
      throw new IllegalArgumentException("window " + windowSize);
    }
  }

  /** Window 64, 10 s response timeout, 30 s enquire_link, reconnect after 1 s. */
  public static SmppClientConfig of(
      InetSocketAddress server, String systemId, String password, BindType type) {
    return new SmppClientConfig(
        server,
        systemId,
        password,
        "",
        type,
        Address.EMPTY,
        64,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(1),
        Optional.empty(),
        70_000,
        Duration.ofMillis(100));
  }

  public SmppClientConfig withWindowSize(int n) {
    return new SmppClientConfig(
        server,
        systemId,
        password,
        systemType,
        bindType,
        addressRange,
        n,
        responseTimeout,
        enquireLinkInterval,
        reconnectDelay,
        tls,
        maxPduLength,
        tick);
  }

  public SmppClientConfig withTimers(Duration response, Duration enquireLink, Duration reconnect) {
    return new SmppClientConfig(
        server,
        systemId,
        password,
        systemType,
        bindType,
        addressRange,
        windowSize,
        response,
        enquireLink,
        reconnect,
        tls,
        maxPduLength,
        tick);
  }

  public SmppClientConfig withTls(SSLContext context) {
    return new SmppClientConfig(
        server,
        systemId,
        password,
        systemType,
        bindType,
        addressRange,
        windowSize,
        responseTimeout,
        enquireLinkInterval,
        reconnectDelay,
        Optional.of(context),
        maxPduLength,
        tick);
  }
}
