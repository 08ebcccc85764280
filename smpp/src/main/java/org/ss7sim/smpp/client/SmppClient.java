package org.ss7sim.smpp.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.transport.stream.StreamClient;
import org.ss7sim.transport.stream.StreamConnection;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.transport.stream.StreamFraming;
import org.ss7sim.transport.stream.StreamHandler;
import org.ss7sim.transport.stream.StreamOptions;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.TimerService;

/**
 * An ESME: connects to an SMSC, binds, submits, receives deliver_sm, and reconnects (after {@link
 * SmppClientConfig#reconnectDelay()}) whenever the connection is lost, until closed.
 */
public final class SmppClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SmppClient.class);

  private final SmppClientConfig config;
  private final EsmeListener listener;
  private final StreamClient streams;
  private final TimerService timers;
  private final ClientCounters counters = new ClientCounters();
  private final CompletableFuture<Void> firstBind = new CompletableFuture<>();
  private volatile StreamConnection connection;
  private volatile ClientSession session;
  private volatile boolean closed;
  private final WireTap tap;

  public SmppClient(StreamEventLoops loops, SmppClientConfig config, EsmeListener listener) {
    this(loops, config, listener, WireTap.NONE);
  }

  /** An ESME whose PDUs, both ways, go to {@code tap} as they cross the wire. */
  public SmppClient(
      StreamEventLoops loops, SmppClientConfig config, EsmeListener listener, WireTap tap) {
    this.config = config;
    this.listener = listener;
    this.tap = Objects.requireNonNull(tap, "tap");
    StreamOptions options =
        StreamOptions.plain(
            StreamFraming.lengthFirst(PduCodec.HEADER_LENGTH, config.maxPduLength()));
    if (config.tls().isPresent()) {
      options = options.withTls(config.tls().get());
    }
    this.streams = new StreamClient(loops, options);
    this.timers = loops.timers();
  }

  /**
   * Connects and binds; completes on the first successful bind (exceptionally if it is refused).
   */
  public CompletableFuture<Void> start() {
    connect();
    return firstBind;
  }

  private void connect() {
    if (closed) {
      return;
    }
    streams
        .connect(config.server(), this::accept)
        .whenComplete(
            (c, e) -> {
              if (e != null) {
                LOG.debug("connect to {} failed: {}", config.server(), e.toString());
                if (!firstBind.isDone() && config.reconnectDelay().isZero()) {
                  firstBind.completeExceptionally(e);
                } else {
                  retryLater();
                }
              }
            });
  }

  private void retryLater() {
    if (closed) {
      return;
    }
    counters.reconnects.increment();
    try {
      timers.schedule(config.reconnectDelay(), this::connect);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("event loops stopped, no reconnect to {}", config.server());
    }
  }

  private StreamHandler accept(StreamConnection c) {
    connection = c;
    String peer = String.valueOf(c.remoteAddress());
    tap.connected(String.valueOf(c.localAddress()), peer);
    TimerService clock = c.timers();
    ClientSession s =
        new ClientSession(
            config,
            listener,
            new SmppLink() {
              @Override
              public void send(byte[] pdu) {
                tap.onPdu(peer, true, Octets.wrap(pdu), clock.currentTimeMillis());
                c.send(pdu);
              }

              @Override
              public void close() {
                c.close();
              }
            },
            c.timers(),
            counters);
    session = s;
    s.bound()
        .whenComplete(
            (v, e) -> {
              if (e == null) {
                firstBind.complete(null);
              } else if (!firstBind.isDone()
                  && e.getMessage() != null
                  && e.getMessage().startsWith("bind refused")) {
                closed = true;
                firstBind.completeExceptionally(e);
              }
            });
    return new StreamHandler() {
      @Override
      public void onMessage(Octets message) {
        tap.onPdu(peer, false, message, clock.currentTimeMillis());
        s.onFrame(message);
      }

      @Override
      public void onDown() {
        s.onDown();
        if (session == s) {
          session = null;
        }
        retryLater();
      }
    };
  }

  public boolean isBound() {
    ClientSession s = session;
    return s != null && s.state().isBound();
  }

  /** Submits one message within the window; completes with the submit_sm_resp. */
  public CompletableFuture<SubmitSmResp> submit(SubmitSm message) {
    return request(message)
        .thenApply(
            r -> {
              if (r instanceof SubmitSmResp resp) {
                return resp;
              }
              throw new IllegalStateException("submit_sm answered with " + r);
            });
  }

  /** Sends any request within the window; completes with its response (or a generic_nack). */
  public CompletableFuture<Pdu> request(Pdu message) {
    StreamConnection c = connection;
    ClientSession s = session;
    if (c == null || s == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
    }
    CompletableFuture<Pdu> f = new CompletableFuture<>();
    c.execute(
        () ->
            s.request(message)
                .whenComplete(
                    (r, e) -> {
                      if (e != null) {
                        f.completeExceptionally(e);
                      } else {
                        f.complete(r);
                      }
                    }));
    return f;
  }

  /**
   * Submits {@code count} messages, message {@code i} from {@code messages}, at {@code perSecond}.
   */
  public CompletableFuture<LoadResult> submitAtRate(
      IntFunction<SubmitSm> messages, int count, double perSecond) {
    StreamConnection c = connection;
    ClientSession s = session;
    if (c == null || s == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
    }
    CompletableFuture<LoadResult> f = new CompletableFuture<>();
    c.execute(
        () ->
            s.submitAtRate(messages, count, perSecond)
                .whenComplete(
                    (r, e) -> {
                      if (e != null) {
                        f.completeExceptionally(e);
                      } else {
                        f.complete(r);
                      }
                    }));
    return f;
  }

  public ClientCounters counters() {
    return counters;
  }

  /** Unbinds and closes; no reconnect follows. */
  @Override
  public void close() {
    closed = true;
    StreamConnection c = connection;
    ClientSession s = session;
    if (c != null && s != null) {
      c.execute(s::unbind);
    }
  }
}
