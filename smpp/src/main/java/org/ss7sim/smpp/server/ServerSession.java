package org.ss7sim.smpp.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.smpp.pdu.BindRequest;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.EnquireLink;
import org.ss7sim.smpp.pdu.EnquireLinkResp;
import org.ss7sim.smpp.pdu.Field;
import org.ss7sim.smpp.pdu.GenericNack;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.PduHeader;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.Unbind;
import org.ss7sim.smpp.pdu.UnbindResp;
import org.ss7sim.smpp.pdu.UnknownPdu;
import org.ss7sim.smpp.session.BindState;
import org.ss7sim.smpp.session.Outstanding;
import org.ss7sim.smpp.session.RequestWindow;
import org.ss7sim.smpp.session.Responses;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.smpp.tls.TlsCredentials;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The SMSC side of one ESME connection: the bind state machine of SMPP 3.4 §2.2–2.3 (OPEN →
 * BOUND_TX/RX/TRX → UNBOUND → CLOSED), request handling with ESME_RINVBNDSTS for the wrong state,
 * throttling (ESME_RTHROTTLED), a window of outstanding deliver_sm (§2.7), enquire_link in both
 * directions and response timeouts (§2.8), and unbind (§4.2). Every event runs on one thread:
 * frames, timer ticks and delivery pumps alike.
 */
public final class ServerSession {
  private static final Logger LOG = LoggerFactory.getLogger(ServerSession.class);
  private static final int INTERFACE_VERSION_34 = 0x34;

  private final SmppServer server;
  private final SmppServerConfig config;
  private final ServerCounters counters;
  private final SmppLink link;
  private final TimerService timers;
  private final Executor executor;
  private final long id;
  private final String remote;
  private final String remoteHost;
  private final RequestWindow window;
  private final SubmitHandling submits;

  private BindState state = BindState.OPEN;
  private EsmeBind bind;
  private int nextSequence = 1;
  private final long openedAt;
  private long lastReceived;
  private boolean enquirePending;
  private Timer tick;

  ServerSession(
      SmppServer server,
      SmppLink link,
      TimerService timers,
      Executor executor,
      long id,
      String remote,
      String remoteHost) {
    this.server = server;
    this.config = server.config();
    this.counters = server.counters();
    this.link = link;
    this.timers = timers;
    this.executor = executor;
    this.id = id;
    this.remote = remote;
    this.remoteHost = remoteHost;
    this.window = new RequestWindow(config.windowSize(), config.responseTimeout().toNanos());
    this.submits = new SubmitHandling(server.service(), counters, timers);
    this.openedAt = timers.nanoTime();
    this.lastReceived = openedAt;
    this.tick = timers.schedule(config.tick(), this::onTick);
  }

  public BindState state() {
    return state;
  }

  /** The bind, once bound. */
  public EsmeBind bind() {
    return bind;
  }

  Executor executor() {
    return executor;
  }

  // ---- peer events -------------------------------------------------------------------------

  /** One PDU from the ESME, exactly as framed. */
  public void onFrame(Octets frame) {
    if (state == BindState.CLOSED) {
      return;
    }
    lastReceived = timers.nanoTime();
    server.tap().onPdu(remote, false, frame, timers.currentTimeMillis());
    Pdu pdu;
    try {
      pdu = PduCodec.decode(frame);
    } catch (MalformedMessageException e) {
      onMalformed(PduHeader.peek(frame), e);
      return;
    }
    if (pdu instanceof UnknownPdu u) {
      if (u.isResponse()) {
        counters.unexpectedResponses.increment();
      } else {
        counters.unknownCommands.increment();
        LOG.debug("session {}: unknown command_id 0x{}", id, Long.toHexString(u.commandCode()));
        send(new GenericNack(CommandStatus.INVALID_COMMAND_ID, u.sequence()));
      }
    } else if (pdu.isResponse()) {
      onResponse(pdu);
    } else {
      onRequest(pdu);
    }
  }

  /**
   * A command_length outside the limits: generic_nack ESME_RINVCMDLEN; the transport then closes.
   */
  public void onFramingError(long declaredLength, Octets prefix) {
    counters.framingErrors.increment();
    LOG.debug(
        "session {}: command_length {} outside 16..{}", id, declaredLength, config.maxPduLength());
    send(new GenericNack(CommandStatus.INVALID_COMMAND_LENGTH, PduHeader.peek(prefix).sequence()));
  }

  /** The connection is gone. */
  public void onDown() {
    if (state == BindState.CLOSED) {
      return;
    }
    state = BindState.CLOSED;
    tick.cancel();
    server.unregister(this);
    for (RequestWindow.Entry e : window.drain()) {
      e.outstanding().onClosed();
    }
    LOG.debug("session {} ({}) closed", id, remote);
  }

  private void onMalformed(PduHeader header, MalformedMessageException e) {
    counters.malformed.increment();
    LOG.debug(
        "session {}: undecodable PDU 0x{}: {}",
        id,
        Long.toHexString(header.commandCode()),
        e.getMessage());
    CommandStatus status = Field.statusFor(e);
    if (header.isResponse()) {
      RequestWindow.Entry entry = window.complete(header.sequence());
      if (entry != null) {
        entry.outstanding().onResponse(new GenericNack(status, header.sequence()));
      }
      return;
    }
    send(Responses.error(header.commandId(), status, header.sequence(), config.smscSystemId()));
  }

  private void onResponse(Pdu response) {
    RequestWindow.Entry entry = window.complete(response.sequence());
    if (entry == null) {
      counters.unexpectedResponses.increment();
      return;
    }
    entry.outstanding().onResponse(response);
  }

  private void onRequest(Pdu pdu) {
    CommandId cmd = pdu.commandId();
    switch (cmd) {
      case BIND_TRANSMITTER, BIND_RECEIVER, BIND_TRANSCEIVER -> onBind((BindRequest) pdu);
      case ENQUIRE_LINK -> send(new EnquireLinkResp(CommandStatus.OK, pdu.sequence()));
      case UNBIND -> onUnbind(pdu);
      case SUBMIT_SM,
          DATA_SM,
          SUBMIT_MULTI,
          QUERY_SM,
          CANCEL_SM,
          REPLACE_SM,
          BROADCAST_SM,
          QUERY_BROADCAST_SM,
          CANCEL_BROADCAST_SM -> {
        if (!state.canSubmit()) {
          wrongState(pdu);
        } else {
          Thread self = Thread.currentThread();
          submits.handle(
              bind,
              pdu,
              response -> {
                if (Thread.currentThread() == self) {
                  send(response);
                } else {
                  // answered later (the SMSC's store committed): back on the session's thread
                  try {
                    executor.execute(
                        () -> {
                          if (state != BindState.CLOSED) {
                            send(response);
                          }
                        });
                  } catch (java.util.concurrent.RejectedExecutionException closed) {
                    LOG.debug("session {}: closed before its response could leave", id);
                  }
                }
              });
        }
      }
      default -> {
        // deliver_sm, alert_notification, outbind: SMSC-to-ESME commands
        counters.unknownCommands.increment();
        send(
            Responses.error(
                cmd, CommandStatus.INVALID_COMMAND_ID, pdu.sequence(), config.smscSystemId()));
      }
    }
  }

  private void wrongState(Pdu pdu) {
    counters.wrongBindState.increment();
    LOG.debug("session {}: {} in state {}", id, pdu.commandId(), state);
    send(
        Responses.error(
            pdu.commandId(),
            CommandStatus.INVALID_BIND_STATUS,
            pdu.sequence(),
            config.smscSystemId()));
  }

  /** SMPP 3.4 §4.1: authenticate, check the per-account bind limit, move to BOUND_*. */
  private void onBind(BindRequest b) {
    if (state != BindState.OPEN) {
      counters.bindsRejected.increment();
      CommandStatus st =
          state.isBound() ? CommandStatus.ALREADY_BOUND : CommandStatus.INVALID_BIND_STATUS;
      send(b.respond(st, config.smscSystemId(), Tlvs.EMPTY));
      return;
    }
    BindLockout lockout = server.bindLockout();
    if (lockout.isLockedOut(remoteHost, timers.nanoTime())) {
      // Refused without looking at the credentials, and the connection closed: a locked-out host
      // learns nothing about its guesses and must reconnect for each one.
      counters.bindsRejected.increment();
      counters.bindsLockedOut.increment();
      LOG.debug("session {}: bind of '{}' from locked-out {}", id, b.systemId(), remoteHost);
      send(b.respond(CommandStatus.BIND_FAILED, config.smscSystemId(), Tlvs.EMPTY));
      link.close();
      return;
    }
    EsmeAccount account = config.account(b.systemId());
    CommandStatus st = CommandStatus.OK;
    if (account == null) {
      st = CommandStatus.INVALID_SYSTEM_ID;
    } else if (!MessageDigest.isEqual(
        account.password().getBytes(StandardCharsets.ISO_8859_1),
        b.password().getBytes(StandardCharsets.ISO_8859_1))) {
      st = CommandStatus.INVALID_PASSWORD;
    } else if (!account.systemType().isEmpty() && !account.systemType().equals(b.systemType())) {
      st = CommandStatus.INVALID_SYSTEM_TYPE;
    } else if (account.clientCertificate().isPresent()
        && !link.peerCertificate()
            .map(TlsCredentials::fingerprint)
            .equals(account.clientCertificate())) {
      LOG.debug(
          "session {}: '{}' needs its client certificate, none or another given", id, b.systemId());
      st = CommandStatus.BIND_FAILED;
    }
    // Wrong credentials count towards the lock-out; the account's bind limit does not.
    boolean badCredentials = !st.isOk();
    EsmeBind candidate =
        new EsmeBind(id, b.systemId(), b.bindType(), b.systemType(), b.addressRange(), remote);
    if (st.isOk() && !server.register(this, account, candidate)) {
      st = CommandStatus.BIND_FAILED;
    }
    if (!st.isOk()) {
      counters.bindsRejected.increment();
      if (badCredentials && lockout.failed(remoteHost, timers.nanoTime())) {
        LOG.warn(
            "SMPP binds from {} locked out for {} after {} failures within {}",
            remoteHost,
            lockout.policy().lockout(),
            lockout.policy().maxFailures(),
            lockout.policy().window());
      }
      LOG.debug("session {}: bind of '{}' rejected: {}", id, b.systemId(), st);
      send(b.respond(st, config.smscSystemId(), Tlvs.EMPTY));
      return;
    }
    counters.bindsAccepted.increment();
    bind = candidate;
    state = BindState.boundAs(b.bindType());
    submits.bound(account);
    send(
        b.respond(
            CommandStatus.OK,
            config.smscSystemId(),
            Tlvs.of(Tlv.u8(TlvTag.SC_INTERFACE_VERSION, INTERFACE_VERSION_34))));
    server.bound(this);
    pump();
  }

  /** SMPP 3.4 §4.2: answer, leave the bound state, close once the answer is out. */
  private void onUnbind(Pdu unbind) {
    if (!state.isBound()) {
      wrongState(unbind);
      return;
    }
    state = BindState.UNBOUND;
    server.unregister(this);
    send(new UnbindResp(CommandStatus.OK, unbind.sequence()));
    link.close();
  }

  // ---- server events -----------------------------------------------------------------------

  /** Sends queued deliver_sm for this bind's system_id while the window has room. */
  void pump() {
    if (!state.canReceive()) {
      return;
    }
    while (window.hasRoom()) {
      Delivery d = server.pollDelivery(bind.systemId());
      if (d == null) {
        return;
      }
      d.attempts++;
      DeliverSm pdu = d.pdu.withSequence(nextSequence());
      window.add(pdu, timers.nanoTime(), new DeliveryAttempt(d, server, timers, this::pump));
      counters.deliveriesSent.increment();
      send(pdu);
    }
  }

  /** Starts an SMSC-initiated unbind; the connection closes on unbind_resp or its timeout. */
  void unbind() {
    if (!state.isBound()) {
      link.close();
      return;
    }
    state = BindState.UNBOUND;
    server.unregister(this);
    Unbind u = new Unbind(CommandStatus.OK, nextSequence());
    window.add(u, timers.nanoTime(), Outstanding.closing(link));
    send(u);
  }

  // ---- timer -------------------------------------------------------------------------------

  private void onTick() {
    if (state == BindState.CLOSED) {
      return;
    }
    long now = timers.nanoTime();
    for (RequestWindow.Entry e : window.expire(now)) {
      counters.responseTimeouts.increment();
      e.outstanding().onTimeout();
    }
    if (state == BindState.OPEN && now - openedAt >= config.bindTimeout().toNanos()) {
      LOG.debug("session {}: no bind within {}, closing", id, config.bindTimeout());
      link.close();
    } else if (state.isBound()
        && !enquirePending
        && now - lastReceived >= config.enquireLinkInterval().toNanos()) {
      enquireLink();
    }
    pump();
    tick = timers.schedule(config.tick(), this::onTick);
  }

  /** SMPP 3.4 §4.11: probe an idle link; no answer within the response timeout closes it. */
  private void enquireLink() {
    enquirePending = true;
    EnquireLink probe = new EnquireLink(CommandStatus.OK, nextSequence());
    window.add(
        probe,
        timers.nanoTime(),
        Outstanding.of(
            r -> enquirePending = false,
            () -> {
              LOG.debug("session {}: enquire_link unanswered, closing", id);
              link.close();
            }));
    send(probe);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private int nextSequence() {
    int s = nextSequence;
    nextSequence = s == Integer.MAX_VALUE ? 1 : s + 1;
    return s;
  }

  private void send(Pdu pdu) {
    byte[] bytes = PduCodec.encode(pdu);
    server.tap().onPdu(remote, true, Octets.wrap(bytes), timers.currentTimeMillis());
    link.send(bytes);
  }

  @Override
  public String toString() {
    return "session "
        + id
        + " "
        + state
        + (bind != null ? " " + bind.systemId() : "")
        + " "
        + remote;
  }
}
