package org.ss7sim.smpp.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.smpp.pdu.BindRequest;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataSmResp;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.EnquireLink;
import org.ss7sim.smpp.pdu.EnquireLinkResp;
import org.ss7sim.smpp.pdu.Field;
import org.ss7sim.smpp.pdu.GenericNack;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.PduHeader;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.Unbind;
import org.ss7sim.smpp.pdu.UnbindResp;
import org.ss7sim.smpp.pdu.UnknownPdu;
import org.ss7sim.smpp.session.BindState;
import org.ss7sim.smpp.session.Outstanding;
import org.ss7sim.smpp.session.RequestWindow;
import org.ss7sim.smpp.session.Responses;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The ESME side of one connection (SMPP 3.4 §2.2–2.9): sends the bind at once, then serves requests
 * within the window, queueing those that do not fit, answers deliver_sm, enquire_link and unbind,
 * and probes an idle link. All events on one thread.
 */
public final class ClientSession {
  private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);

  private final SmppClientConfig config;
  private final EsmeListener listener;
  private final SmppLink link;
  private final TimerService timers;
  private final RequestWindow window;
  private final ArrayDeque<Queued> waiting = new ArrayDeque<>();
  private final CompletableFuture<Void> bound = new CompletableFuture<>();
  private final ClientCounters counters;
  private BindState state = BindState.OPEN;
  private int nextSequence = 1;
  private long lastReceived;
  private boolean enquirePending;
  private Timer tick;
  private RateLoad load;

  private record Queued(Pdu request, CompletableFuture<Pdu> result) {}

  ClientSession(
      SmppClientConfig config,
      EsmeListener listener,
      SmppLink link,
      TimerService timers,
      ClientCounters counters) {
    this.config = config;
    this.listener = listener;
    this.link = link;
    this.timers = timers;
    this.counters = counters;
    this.window = new RequestWindow(config.windowSize(), config.responseTimeout().toNanos());
    this.lastReceived = timers.nanoTime();
    this.tick = timers.schedule(config.tick(), this::onTick);
    BindRequest b =
        BindRequest.of(
            config.bindType(),
            nextSequence(),
            config.systemId(),
            config.password(),
            config.systemType(),
            0x34,
            config.addressRange());
    window.add(
        b,
        timers.nanoTime(),
        new Outstanding() {
          @Override
          public void onResponse(Pdu response) {
            if (response.status().isOk() && state == BindState.OPEN) {
              state = BindState.boundAs(config.bindType());
              listener.onBound();
              bound.complete(null);
            } else {
              bound.completeExceptionally(
                  new IllegalStateException("bind refused: " + response.status()));
              link.close();
            }
          }

          @Override
          public void onTimeout() {
            bound.completeExceptionally(new TimeoutException("no bind response"));
            link.close();
          }

          @Override
          public void onClosed() {
            bound.completeExceptionally(
                new IllegalStateException("connection closed before bind response"));
          }
        });
    send(b);
  }

  /** Completes when the bind is accepted, exceptionally when refused or lost. */
  public CompletableFuture<Void> bound() {
    return bound;
  }

  public BindState state() {
    return state;
  }

  /** Sends {@code request} when the window has room; the future completes with its response. */
  public CompletableFuture<Pdu> request(Pdu request) {
    CompletableFuture<Pdu> f = new CompletableFuture<>();
    if (!state.canSubmit()) {
      f.completeExceptionally(new IllegalStateException("not bound for submitting: " + state));
      return f;
    }
    if (window.hasRoom() && waiting.isEmpty()) {
      sendRequest(request, f);
    } else {
      waiting.add(new Queued(request, f));
    }
    return f;
  }

  /** Submits {@code count} messages at {@code perSecond} within the window. */
  public CompletableFuture<LoadResult> submitAtRate(
      IntFunction<SubmitSm> messages, int count, double perSecond) {
    if (load != null && !load.result.isDone()) {
      throw new IllegalStateException("a load is already running");
    }
    load = new RateLoad(this, messages, count, perSecond);
    load.step();
    return load.result;
  }

  /** Starts an orderly unbind; the link closes on unbind_resp or its timeout. */
  public void unbind() {
    if (!state.isBound()) {
      link.close();
      return;
    }
    state = BindState.UNBOUND;
    Unbind u = new Unbind(CommandStatus.OK, nextSequence());
    window.add(u, timers.nanoTime(), Outstanding.closing(link));
    send(u);
  }

  // ---- peer events -------------------------------------------------------------------------

  public void onFrame(Octets frame) {
    if (state == BindState.CLOSED) {
      return;
    }
    lastReceived = timers.nanoTime();
    Pdu pdu;
    try {
      pdu = PduCodec.decode(frame);
    } catch (MalformedMessageException e) {
      counters.malformed.increment();
      PduHeader h = PduHeader.peek(frame);
      LOG.debug("undecodable PDU 0x{}: {}", Long.toHexString(h.commandCode()), e.getMessage());
      if (h.isResponse()) {
        complete(new GenericNack(Field.statusFor(e), h.sequence()));
      } else {
        send(Responses.error(h.commandId(), Field.statusFor(e), h.sequence(), ""));
      }
      return;
    }
    if (pdu instanceof UnknownPdu u) {
      if (!u.isResponse()) {
        send(new GenericNack(CommandStatus.INVALID_COMMAND_ID, u.sequence()));
      }
      return;
    }
    if (pdu.isResponse()) {
      complete(pdu);
      return;
    }
    switch (pdu.commandId()) {
      case DELIVER_SM -> onDeliverSm((DeliverSm) pdu);
      case ENQUIRE_LINK -> send(new EnquireLinkResp(CommandStatus.OK, pdu.sequence()));
      case UNBIND -> {
        state = BindState.UNBOUND;
        send(new UnbindResp(CommandStatus.OK, pdu.sequence()));
        link.close();
      }
      case DATA_SM ->
          send(
              new DataSmResp(
                  state.canReceive() ? CommandStatus.OK : CommandStatus.INVALID_BIND_STATUS,
                  pdu.sequence(),
                  "",
                  Tlvs.EMPTY));
      case ALERT_NOTIFICATION, OUTBIND -> {}
      default ->
          send(
              Responses.error(
                  pdu.commandId(), CommandStatus.INVALID_COMMAND_ID, pdu.sequence(), ""));
    }
  }

  private void onDeliverSm(DeliverSm d) {
    if (!state.canReceive()) {
      send(new DeliverSmResp(CommandStatus.INVALID_BIND_STATUS, d.sequence(), "", Tlvs.EMPTY));
      return;
    }
    counters.deliverSmReceived.increment();
    CommandStatus st;
    try {
      st = listener.onDeliverSm(d);
      DeliveryReceipt r = DeliveryReceipt.from(d);
      if (r != null) {
        counters.receiptsReceived.increment();
        listener.onReceipt(r);
      }
    } catch (RuntimeException e) {
      LOG.debug("listener failed on deliver_sm", e);
      st = CommandStatus.TEMPORARY_APP_ERROR;
    }
    send(new DeliverSmResp(st, d.sequence(), "", Tlvs.EMPTY));
  }

  public void onDown() {
    if (state == BindState.CLOSED) {
      return;
    }
    boolean wasBound = state.isBound();
    state = BindState.CLOSED;
    tick.cancel();
    for (RequestWindow.Entry e : window.drain()) {
      e.outstanding().onClosed();
    }
    for (Queued q : waiting) {
      q.result.completeExceptionally(new IllegalStateException("connection closed"));
    }
    waiting.clear();
    if (wasBound) {
      listener.onUnbound();
    }
  }

  // ---- internals ---------------------------------------------------------------------------

  private void complete(Pdu response) {
    RequestWindow.Entry e = window.complete(response.sequence());
    if (e == null) {
      counters.unexpectedResponses.increment();
      return;
    }
    e.outstanding().onResponse(response);
    drainWaiting();
  }

  private void drainWaiting() {
    while (window.hasRoom() && !waiting.isEmpty()) {
      Queued q = waiting.poll();
      sendRequest(q.request, q.result);
    }
    if (load != null && !load.result.isDone()) {
      load.step();
    }
  }

  private void sendRequest(Pdu request, CompletableFuture<Pdu> result) {
    Pdu p = request.withSequence(nextSequence());
    window.add(
        p,
        timers.nanoTime(),
        new Outstanding() {
          @Override
          public void onResponse(Pdu response) {
            result.complete(response);
          }

          @Override
          public void onTimeout() {
            result.completeExceptionally(new TimeoutException("no response to " + p.commandId()));
          }

          @Override
          public void onClosed() {
            result.completeExceptionally(new IllegalStateException("connection closed"));
          }
        });
    counters.requestsSent.increment();
    send(p);
  }

  private void onTick() {
    if (state == BindState.CLOSED) {
      return;
    }
    long now = timers.nanoTime();
    for (RequestWindow.Entry e : window.expire(now)) {
      counters.responseTimeouts.increment();
      e.outstanding().onTimeout();
    }
    if (state.isBound()
        && !enquirePending
        && now - lastReceived >= config.enquireLinkInterval().toNanos()) {
      enquirePending = true;
      EnquireLink probe = new EnquireLink(CommandStatus.OK, nextSequence());
      window.add(probe, now, Outstanding.of(r -> enquirePending = false, link::close));
      send(probe);
    }
    drainWaiting();
    tick = timers.schedule(config.tick(), this::onTick);
  }

  private int nextSequence() {
    int s = nextSequence;
    nextSequence = s == Integer.MAX_VALUE ? 1 : s + 1;
    return s;
  }

  private void send(Pdu pdu) {
    link.send(PduCodec.encode(pdu));
  }

  // ---- for RateLoad ------------------------------------------------------------------------

  long now() {
    return timers.nanoTime();
  }

  boolean canSubmit() {
    return state.canSubmit();
  }

  boolean windowHasRoom() {
    return window.hasRoom();
  }

  /** Numbers, records and sends {@code request} outside the waiting queue. */
  void sendTracked(Pdu request, Outstanding outstanding) {
    Pdu p = request.withSequence(nextSequence());
    window.add(p, timers.nanoTime(), outstanding);
    counters.requestsSent.increment();
    send(p);
  }
}
