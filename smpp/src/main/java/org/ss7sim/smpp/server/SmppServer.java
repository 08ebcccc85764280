package org.ss7sim.smpp.server;

import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.transport.stream.StreamConnection;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.transport.stream.StreamFraming;
import org.ss7sim.transport.stream.StreamHandler;
import org.ss7sim.transport.stream.StreamOptions;
import org.ss7sim.transport.stream.StreamServer;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.TimerService;

/**
 * An SMPP server (SMSC side): listens for ESMEs, runs one {@link ServerSession} per connection,
 * hands submissions to the {@link SmscService}, and delivers deliver_sm to bound receivers and
 * transceivers of a system_id, keeping them queued while none is bound.
 */
public final class SmppServer implements AutoCloseable {
  private final SmppServerConfig config;
  private final SmscService service;
  private final ServerCounters counters = new ServerCounters();
  private final AtomicLong sessionIds = new AtomicLong();
  private final Map<String, List<ServerSession>> boundBySystemId = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentLinkedDeque<Delivery>> queues = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> queued = new ConcurrentHashMap<>();
  private final List<ServerSession> sessions = new CopyOnWriteArrayList<>();
  private final BindLockout bindLockout;
  private final WireTap tap;
  private final List<StreamServer> listeners = new CopyOnWriteArrayList<>();

  public SmppServer(SmppServerConfig config, SmscService service) {
    this(config, service, WireTap.NONE);
  }

  /** A server whose sessions' PDUs, both ways, go to {@code tap} as they cross the wire. */
  public SmppServer(SmppServerConfig config, SmscService service, WireTap tap) {
    this.tap = Objects.requireNonNull(tap, "tap");
    this.config = Objects.requireNonNull(config, "config");
    this.service = Objects.requireNonNull(service, "service");
    this.bindLockout = new BindLockout(config.bindLockout());
  }

  /**
   * Starts listening on {@code address} (port 0 picks one), with TLS when {@code tls} is present
   * (for SMPP over TLS use {@link org.ss7sim.smpp.tls.SmppTls#server}). May be called more than
   * once, e.g. a plain port and a TLS port; {@link #close} stops them all.
   *
   * @return the bound address
   */
  public InetSocketAddress listen(
      StreamEventLoops loops, InetSocketAddress address, Optional<SSLContext> tls) {
    StreamOptions options =
        StreamOptions.plain(
            StreamFraming.lengthFirst(PduCodec.HEADER_LENGTH, config.maxPduLength()));
    if (tls.isPresent()) {
      options = options.withTls(tls.get());
    }
    StreamServer listener = StreamServer.bind(loops, options, address, this::accept);
    listeners.add(listener);
    return listener.localAddress();
  }

  private StreamHandler accept(StreamConnection c) {
    ServerSession s =
        newSession(
            new SmppLink() {
              @Override
              public void send(byte[] pdu) {
                c.send(pdu);
              }

              @Override
              public void close() {
                c.close();
              }

              @Override
              public Optional<X509Certificate> peerCertificate() {
                return c.tlsSession().flatMap(SmppServer::leaf);
              }
            },
            c.timers(),
            c::execute,
            String.valueOf(c.remoteAddress()),
            c.remoteAddress().getAddress().getHostAddress());
    return new StreamHandler() {
      @Override
      public void onMessage(Octets message) {
        s.onFrame(message);
      }

      @Override
      public void onDown() {
        s.onDown();
      }

      @Override
      public void onFramingError(long declaredLength, Octets prefix) {
        s.onFramingError(declaredLength, prefix);
      }
    };
  }

  /**
   * A session over any link; its events must all arrive on the thread {@code executor} runs tasks
   * on.
   */
  public ServerSession newSession(
      SmppLink link, TimerService timers, Executor executor, String remote) {
    return newSession(link, timers, executor, remote, remote);
  }

  /**
   * A session as {@link #newSession(SmppLink, TimerService, Executor, String)}, with the remote
   * host that failed binds are counted against ({@link BindLockout}).
   */
  public ServerSession newSession(
      SmppLink link, TimerService timers, Executor executor, String remote, String remoteHost) {
    ServerSession s =
        new ServerSession(
            this, link, timers, executor, sessionIds.incrementAndGet(), remote, remoteHost);
    sessions.add(s);
    return s;
  }

  // ---- the push API for the SMSC node -------------------------------------------------------

  /**
   * Delivers {@code pdu} to a receiver or transceiver bound with {@code systemId}: now if one is
   * bound and has window room, otherwise when one binds or has room; failed and unanswered attempts
   * are retried after the configured interval up to the configured number of attempts. The future
   * completes with the ESME's deliver_sm_resp (status OK, or the last error after the last
   * attempt), exceptionally on a final timeout or when the queue for the system_id is full.
   */
  public CompletableFuture<DeliverSmResp> deliver(String systemId, DeliverSm pdu) {
    Delivery d = new Delivery(systemId, pdu);
    AtomicInteger n = queued.computeIfAbsent(systemId, k -> new AtomicInteger());
    if (n.incrementAndGet() > config.maxPendingDeliveries()) {
      n.decrementAndGet();
      counters.deliveriesFailed.increment();
      d.result.completeExceptionally(
          new IllegalStateException(
              "ESME_RMSGQFUL: "
                  + config.maxPendingDeliveries()
                  + " deliveries already queued for "
                  + systemId));
      return d.result;
    }
    d.result.whenComplete((r, e) -> n.decrementAndGet());
    queue(systemId).addLast(d);
    kick(systemId);
    return d.result;
  }

  /**
   * Delivers a receipt as deliver_sm (text form plus receipted_message_id and message_state TLVs).
   */
  public CompletableFuture<DeliverSmResp> deliverReceipt(
      String systemId, DeliveryReceipt receipt, Address source, Address destination) {
    return deliver(systemId, receipt.toDeliverSm(source, destination));
  }

  /**
   * The system_id of a bound receiver or transceiver whose bind address_range covers {@code
   * destination} (SMPP 3.4 §5.2.7; literal addresses and prefixes, see {@link AddressRange}), for
   * routing MO messages; empty when no bind claims it.
   */
  public Optional<String> systemIdServing(Address destination) {
    for (EsmeBind b : binds()) {
      String range = b.addressRange().address();
      if (!b.type().canReceive() || range.isEmpty()) {
        continue;
      }
      if (AddressRange.covers(range, destination.address())) {
        return Optional.of(b.systemId());
      }
    }
    return Optional.empty();
  }

  /** The binds in place now. */
  public List<EsmeBind> binds() {
    List<EsmeBind> out = new ArrayList<>();
    for (List<ServerSession> l : boundBySystemId.values()) {
      for (ServerSession s : l) {
        EsmeBind b = s.bind();
        if (b != null) {
          out.add(b);
        }
      }
    }
    return out;
  }

  /** SMSC-initiated unbind of every session bound with {@code systemId} (SMPP 3.4 §4.2). */
  public void unbind(String systemId) {
    List<ServerSession> l = boundBySystemId.get(systemId);
    if (l != null) {
      for (ServerSession s : l) {
        s.executor().execute(s::unbind);
      }
    }
  }

  /** deliver_sm queued for {@code systemId} and not yet sent. */
  public int queuedDeliveries(String systemId) {
    ConcurrentLinkedDeque<Delivery> q = queues.get(systemId);
    return q == null ? 0 : q.size();
  }

  public ServerCounters counters() {
    return counters;
  }

  public SmppServerConfig config() {
    return config;
  }

  SmscService service() {
    return service;
  }

  WireTap tap() {
    return tap;
  }

  /** Failed binds per remote host and the hosts locked out for them. */
  public BindLockout bindLockout() {
    return bindLockout;
  }

  /** Unbinds every session (each closes on its unbind_resp or timeout), then stops listening. */
  @Override
  public void close() {
    for (ServerSession s : sessions) {
      s.executor().execute(s::unbind);
    }
    for (StreamServer l : listeners) {
      l.close();
    }
  }

  private static Optional<X509Certificate> leaf(SSLSession tls) {
    try {
      Certificate[] chain = tls.getPeerCertificates();
      return chain.length > 0 && chain[0] instanceof X509Certificate x
          ? Optional.of(x)
          : Optional.empty();
    } catch (SSLPeerUnverifiedException e) {
      return Optional.empty();
    }
  }

  // ---- session callbacks -------------------------------------------------------------------

  /** Admits a bind unless the account's bind limit is reached. */
  boolean register(ServerSession s, EsmeAccount account, EsmeBind bind) {
    boolean[] ok = {false};
    boundBySystemId.compute(
        bind.systemId(),
        (k, list) -> {
          List<ServerSession> l = list == null ? new CopyOnWriteArrayList<>() : list;
          if (l.size() < account.maxBinds()) {
            l.add(s);
            ok[0] = true;
          }
          return l;
        });
    return ok[0];
  }

  void bound(ServerSession s) {
    service.onBound(s.bind());
  }

  void unregister(ServerSession s) {
    sessions.remove(s);
    EsmeBind b = s.bind();
    if (b == null) {
      return;
    }
    List<ServerSession> l = boundBySystemId.get(b.systemId());
    if (l != null && l.remove(s)) {
      service.onUnbound(b);
    }
  }

  Delivery pollDelivery(String systemId) {
    ConcurrentLinkedDeque<Delivery> q = queues.get(systemId);
    return q == null ? null : q.pollFirst();
  }

  /** Puts a delivery back at the head of its queue and wakes the binds that could take it. */
  void requeue(Delivery d) {
    queue(d.systemId).addFirst(d);
    kick(d.systemId);
  }

  private ConcurrentLinkedDeque<Delivery> queue(String systemId) {
    return queues.computeIfAbsent(systemId, k -> new ConcurrentLinkedDeque<>());
  }

  private void kick(String systemId) {
    List<ServerSession> l = boundBySystemId.get(systemId);
    if (l != null) {
      for (ServerSession s : l) {
        if (s.state().canReceive()) {
          s.executor().execute(s::pump);
        }
      }
    }
  }
}
