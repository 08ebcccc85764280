package org.ss7sim.simulator.node.smsc;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.simulator.config.network.KindData.SmscData;
import org.ss7sim.simulator.config.network.SmppAccount;
import org.ss7sim.simulator.config.network.TlsSettings;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.smpp.server.SmscService;
import org.ss7sim.smpp.tls.SmppTls;
import org.ss7sim.smpp.tls.TlsCredentials;
import org.ss7sim.transport.TransportUnavailableException;
import org.ss7sim.transport.stream.StreamEventLoops;

/**
 * The SMSC's SMPP side: the server with the network file's ESME accounts, on a lease of the
 * network's shared SMPP threads ({@code SimNetwork.smppLoops}), the bound address, and delivery
 * receipts sent as deliver_sm. With {@code tls:} the listener takes SMPP over TLS only
 * (docs/security.md), and accounts may pin the ESME's client certificate.
 */
final class SmppEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(SmppEndpoint.class);

  private final String name;
  private final SmscData data;
  private final SmppServer server;
  private final StreamEventLoops loops;

  /**
   * @param tap sees every PDU of every accepted session ({@link
   *     org.ss7sim.simulator.trace.SmscWireTrace} when the run is traced)
   */
  SmppEndpoint(
      String name,
      SmscData data,
      SmscService service,
      org.ss7sim.smpp.session.WireTap tap,
      StreamEventLoops loops) {
    this.name = name;
    this.data = data;
    List<EsmeAccount> accounts = new ArrayList<>();
    for (SmppAccount a : data.accounts()) {
      EsmeAccount ea = EsmeAccount.of(a.systemId(), a.password());
      if (a.throttle() > 0) {
        ea = ea.withSubmitsPerSecond(a.throttle());
      }
      if (a.clientCertificate().isPresent()) {
        ea = ea.withClientCertificate(a.clientCertificate().get());
      }
      accounts.add(ea);
    }
    server =
        new SmppServer(
            SmppServerConfig.defaults(name, accounts.toArray(EsmeAccount[]::new))
                .withDeliveryLimits(20, 100_000)
                .withBindLockout(
                    new org.ss7sim.smpp.server.BindLockout.Policy(
                        data.bindLockout().failures(),
                        data.bindLockout().within(),
                        data.bindLockout().lockout())),
            service,
            tap);
    this.loops = loops;
    credentials = data.tls().map(t -> credentials(name, data.smpp().host(), t));
    tls = credentials.map(SmppTls::server);
  }

  private final Optional<TlsCredentials> credentials;
  private final Optional<SSLContext> tls;

  /**
   * The listener's key and certificate (docs/security.md): the configured PEM or PKCS#12 files, or
   * a self-signed certificate (BouncyCastle) for localhost and the listening host, dated by the
   * system clock because TLS peers check it against theirs ({@link TlsCredentials#selfSignedNow}).
   */
  static TlsCredentials credentials(String name, String host, TlsSettings t) {
    char[] password = t.password().map(String::toCharArray).orElse(null);
    if (t.pkcs12().isPresent()) {
      return TlsCredentials.fromPkcs12(t.pkcs12().get(), password);
    }
    if (t.certificate().isPresent()) {
      return TlsCredentials.fromPem(t.certificate().get(), t.key().orElseThrow(), password);
    }
    List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1"));
    if (!names.contains(host) && !host.isEmpty() && !host.equals("0.0.0.0")) {
      names.add(host);
    }
    TlsCredentials c = TlsCredentials.selfSignedNow(name, names, java.time.Duration.ofDays(365));
    LOG.info(
        "smsc {}: SMPP over TLS with a self-signed certificate, SHA-256 {}",
        name,
        TlsCredentials.fingerprint(c.certificate()));
    return c;
  }

  /** The certificates an ESME must trust (leaf first), empty for plain TCP. */
  List<X509Certificate> certificates() {
    return credentials.map(TlsCredentials::chain).orElse(List.of());
  }

  SmppServer server() {
    return server;
  }

  /**
   * Binds the SMPP server to the file's host and port. Port 0 asks for an ephemeral port; the port
   * bound is remembered in the store, and a restart binds it again (its ESMEs reconnect there)
   * unless it has been taken meanwhile. A port of the file held by someone else is reported in one
   * line naming the node and the port.
   */
  InetSocketAddress listen(MessageStore messages) throws SQLException {
    String host = data.smpp().host();
    if (data.smpp().port() != 0) {
      return listen(new InetSocketAddress(host, data.smpp().port()));
    }
    OptionalInt had = messages.smppPort(name);
    InetSocketAddress bound = null;
    if (had.isPresent()) {
      try {
        bound = listen(new InetSocketAddress(host, had.getAsInt()));
      } catch (TransportUnavailableException taken) {
        LOG.debug("smsc {}: SMPP port {} taken meanwhile, binding another", name, had);
      }
    }
    if (bound == null) {
      bound = listen(new InetSocketAddress(host, 0));
    }
    messages.rememberSmppPort(name, bound.getPort());
    return bound;
  }

  private InetSocketAddress listen(InetSocketAddress address) {
    try {
      return server.listen(loops, address, tls);
    } catch (Exception e) { // Netty rethrows the checked BindException undeclared
      throw bindFailure(e, address.getPort());
    }
  }

  private RuntimeException bindFailure(Exception e, int port) {
    if (e instanceof BindException) {
      return new TransportUnavailableException(
          "smsc '" + name + "': SMPP port " + port + " is in use", e);
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e);
  }

  /** The delivery receipt of a message that reached {@code state}. */
  static DeliveryReceipt receipt(
      StoredMessage m, StoredMessage.State state, int error, long doneMillis) {
    MessageState ms =
        switch (state) {
          case DELIVERED -> MessageState.DELIVERED;
          case EXPIRED -> MessageState.EXPIRED;
          default -> MessageState.UNDELIVERABLE;
        };
    String text = Text.decode(m.dataCoding(), m.payload());
    return new DeliveryReceipt(
        m.id(),
        1,
        state == StoredMessage.State.DELIVERED ? 1 : 0,
        Instant.ofEpochMilli(m.submittedMillis()),
        Instant.ofEpochMilli(doneMillis),
        ms,
        error,
        text.substring(0, Math.min(20, text.length())));
  }

  /** Sends receipt {@code r} of {@code m} as deliver_sm to the ESME that submitted it. */
  void deliverReceipt(StoredMessage m, DeliveryReceipt r) {
    server.deliverReceipt(
        m.systemId(), r, Address.international(m.destination()), Address.international(m.source()));
  }

  /** Closes the server and its sessions, then gives back its lease on the shared SMPP threads. */
  void close() {
    server.close();
    loops.close();
  }
}
