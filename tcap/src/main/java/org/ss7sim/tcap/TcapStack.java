package org.ss7sim.tcap;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.Abrt;
import org.ss7sim.tcap.dialogue.Audt;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.dialogue.SourceDiagnostic;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.message.Unidirectional;
import org.ss7sim.tcap.transaction.DialogueEvent;
import org.ss7sim.tcap.transaction.DialogueMachine;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.tcap.transaction.IntObjectMap;
import org.ss7sim.tcap.transaction.TimerWheel;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;
import org.ss7sim.wire.time.TimerService;

/**
 * The TC provider for one SCCP subsystem: transaction sublayer (Q.774 §3.1) and dialogue handling
 * (Q.774 §3.2.2) over {@link SccpService}, serving one {@link TcUser}.
 *
 * <p>Dialogues are kept in a primitive-keyed table by this side's transaction id (4 octets,
 * allocated sequentially and never reused while a dialogue holds it); idle and invocation timers
 * run on one {@link TimerWheel}. Received messages that cannot be accepted are answered as Q.774
 * §3.1.4 says: a P-Abort to the sender when its transaction id is known, a TC-P-ABORT to the local
 * user when the dialogue is; End and Abort are never answered. One thread owns the stack.
 */
public final class TcapStack implements SccpUser {
  private static final Logger LOG = LoggerFactory.getLogger(TcapStack.class);

  /**
   * The reject timer of the wait-for-reject state: how long an invoke id stays reserved after its
   * last result or error (Q.774 leaves the value to the implementation).
   */
  static final Duration REJECT_TIMEOUT = Duration.ofSeconds(1);

  private final SccpService sccp;
  private final Ssn ssn;
  private final TcapConfig config;
  private final TimerWheel wheel;
  private final IntObjectMap<Dialogue> dialogues;
  private final TcapCounters counters = new TcapCounters();
  private final TransactionSublayer incoming = new TransactionSublayer(this);
  private final WireWriter writer = new WireWriter(512);
  private TcUser user;
  private int nextTid = 1;
  private int pendingInvokes;

  public TcapStack(SccpService sccp, Ssn ssn, TimerService timers, TcapConfig config) {
    this.sccp = sccp;
    this.ssn = ssn;
    this.config = config;
    this.wheel = new TimerWheel(timers, config.timerTick(), 4096);
    this.dialogues = new IntObjectMap<>(Math.min(config.maxDialogues(), 1 << 16));
  }

  /** Starts serving {@code user}: registers with SCCP for the subsystem. */
  public void bind(TcUser user) {
    this.user = java.util.Objects.requireNonNull(user, "user");
    sccp.register(ssn, this);
  }

  /** Stops serving: unregisters from SCCP. Open dialogues stay until they end or time out. */
  public void unbind() {
    sccp.unregister(ssn);
  }

  public Ssn ssn() {
    return ssn;
  }

  public TcapConfig config() {
    return config;
  }

  public TcapCounters counters() {
    return counters;
  }

  /** Open dialogues (the leak check of scenario tests expects 0 at the end). */
  public int dialogueCount() {
    return dialogues.size();
  }

  /** Invocations waiting for their outcome, over all dialogues. */
  public int pendingInvokeCount() {
    return pendingInvokes;
  }

  /** The open dialogue with this id, or null. */
  public Dialogue dialogue(long id) {
    return dialogues.get((int) id);
  }

  TcUser user() {
    return user;
  }

  IntObjectMap<Dialogue> dialogues() {
    return dialogues;
  }

  TimerWheel wheel() {
    return wheel;
  }

  boolean isOpen(Dialogue d) {
    return dialogues.get(d.localTid) == d;
  }

  // ---- requests from the TC-user ----

  /**
   * A new dialogue in state idle; queue components on it and call {@link Dialogue#begin()}.
   *
   * @param applicationContext the application context name, or null for a dialogue without a
   *     dialogue portion (e.g. MAP version 1)
   * @throws IllegalStateException when the configured dialogue limit is reached
   */
  public Dialogue newDialogue(
      SccpAddress localAddress, SccpAddress remoteAddress, ObjectIdentifier applicationContext) {
    if (dialogues.size() >= config.maxDialogues()) {
      throw new IllegalStateException("dialogue limit of " + config.maxDialogues() + " reached");
    }
    Dialogue d = new Dialogue(this, allocateTid(), localAddress, remoteAddress, applicationContext);
    dialogues.put(d.localTid, d);
    wheel.schedule(d, config.idleTimeout());
    return d;
  }

  /** TC-UNI request: a Unidirectional with an AUDT when {@code applicationContext} is set. */
  public void sendUnidirectional(
      SccpAddress localAddress,
      SccpAddress remoteAddress,
      ObjectIdentifier applicationContext,
      List<Component> components) {
    DialoguePortion dp =
        applicationContext == null
            ? null
            : new DialoguePortion(new Audt(Aarq.VERSION1, applicationContext, null));
    send(remoteAddress, localAddress, new Unidirectional(dp, components), 0);
  }

  int allocateTid() {
    while (true) {
      int tid = nextTid++;
      if (!dialogues.containsKey(tid)) {
        return tid;
      }
    }
  }

  private void transition(Dialogue d, DialogueEvent event) {
    DialogueState next = DialogueMachine.next(d.state, event);
    if (next == null || !isOpen(d)) {
      throw new IllegalStateException(
          event + " not allowed for " + d + (isOpen(d) ? "" : " (released)"));
    }
    d.state = next;
  }

  void begin(Dialogue d, Octets userInformation) {
    transition(d, DialogueEvent.BEGIN_REQUEST);
    DialoguePortion dp = null;
    if (d.applicationContext != null) {
      dp = new DialoguePortion(Aarq.of(d.applicationContext, userInformation));
      d.awaitingAare = true;
    }
    wheel.schedule(d, config.idleTimeout());
    send(
        d.remoteAddress,
        d.localAddress,
        new Begin(d.localTransactionId(), dp, d.drainOutgoing()),
        d.localTid);
  }

  private DialoguePortion answerPortion(Dialogue d, Octets userInformation) {
    if (d.state == DialogueState.INITIATION_RECEIVED && d.answerWithAare) {
      return new DialoguePortion(Aare.accepted(d.applicationContext, userInformation));
    }
    return null;
  }

  void continueWith(Dialogue d, Octets userInformation) {
    DialoguePortion dp = answerPortion(d, userInformation);
    transition(d, DialogueEvent.CONTINUE_REQUEST);
    d.answerWithAare = false;
    wheel.schedule(d, config.idleTimeout());
    send(
        d.remoteAddress,
        d.localAddress,
        new Continue(d.localTransactionId(), d.remoteTransactionId(), dp, d.drainOutgoing()),
        d.localTid);
  }

  void end(Dialogue d, Octets userInformation, boolean prearranged) {
    DialoguePortion dp = answerPortion(d, userInformation);
    transition(d, prearranged ? DialogueEvent.PREARRANGED_END_REQUEST : DialogueEvent.END_REQUEST);
    if (!prearranged) {
      send(
          d.remoteAddress,
          d.localAddress,
          new End(d.remoteTransactionId(), dp, d.drainOutgoing()),
          d.localTid);
    }
    release(d);
  }

  void userAbort(Dialogue d, Octets userInformation, ObjectIdentifier refusedInFavourOf) {
    DialogueState before = d.state;
    transition(d, DialogueEvent.U_ABORT_REQUEST);
    if (before != DialogueState.INITIATION_SENT && before != DialogueState.IDLE) {
      DialoguePortion dp = null;
      if (refusedInFavourOf != null) {
        dp =
            new DialoguePortion(
                Aare.rejected(
                    refusedInFavourOf,
                    SourceDiagnostic.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED,
                    userInformation));
      } else if (d.applicationContext != null) {
        dp = new DialoguePortion(new Abrt(Abrt.AbortSource.DIALOGUE_SERVICE_USER, userInformation));
      }
      send(
          d.remoteAddress,
          d.localAddress,
          new Abort(d.remoteTransactionId(), null, dp),
          d.localTid);
    }
    release(d);
  }

  // ---- releasing and timers ----

  void release(Dialogue d) {
    dialogues.remove(d.localTid);
    wheel.cancel(d);
    for (PendingInvoke p = d.invokes; p != null; p = p.next) {
      wheel.cancel(p);
      if (!p.waitingForReject) {
        pendingInvokes--;
      }
    }
    d.invokes = null;
    d.receivedInvokes = null;
    d.outgoing = null;
    d.state = DialogueState.IDLE;
  }

  /**
   * The last result or error of {@code p} was accepted: the invocation enters wait for reject
   * (Q.774 §3.2.2, figure A.4); it no longer counts as pending, but its invoke id stays reserved
   * and a late result for it is rejected until the reject timer runs out.
   */
  void waitForReject(PendingInvoke p) {
    p.waitingForReject = true;
    pendingInvokes--;
    wheel.schedule(p, REJECT_TIMEOUT);
  }

  void rejectTimerExpiry(PendingInvoke p) {
    releaseInvoke(p);
  }

  void releaseInvoke(PendingInvoke p) {
    Dialogue d = p.dialogue;
    PendingInvoke prev = null;
    for (PendingInvoke q = d.invokes; q != null; prev = q, q = q.next) {
      if (q == p) {
        if (prev == null) {
          d.invokes = q.next;
        } else {
          prev.next = q.next;
        }
        wheel.cancel(p);
        if (!p.waitingForReject) {
          pendingInvokes--;
        }
        return;
      }
    }
  }

  void registerInvoke() {
    pendingInvokes++;
  }

  void invocationTimeout(PendingInvoke p) {
    releaseInvoke(p);
    counters.invokeTimeouts++;
    deliver(() -> user.onInvokeTimeout(p.dialogue, InvokeId.of(p.invokeId)));
  }

  void idleTimeout(Dialogue d) {
    counters.idleTimeouts++;
    if (d.remoteTidLength != 0) {
      send(
          d.remoteAddress,
          d.localAddress,
          new Abort(d.remoteTransactionId(), null, null),
          d.localTid);
    }
    release(d);
    deliver(
        () -> user.onAbort(new AbortIndication(d, AbortIndication.Kind.IDLE_TIMEOUT, null, null)));
  }

  // ---- sending ----

  void send(SccpAddress called, SccpAddress calling, TcMessage m, int sequenceKey) {
    writer.reset();
    TcMessageCodec.encode(m, writer);
    Octets data = writer.toOctets();
    counters.messagesSent++;
    sccp.unitdata(
        new UnitdataRequest(
            called,
            calling,
            config.protocolClass(),
            sequenceKey & 0x0f,
            config.returnOnError(),
            data));
  }

  void sendPAbort(SccpAddress called, SccpAddress calling, TransactionId dtid, PAbortCause cause) {
    counters.pAbortsSent++;
    send(called, calling, Abort.provider(dtid, cause), dtid.value());
  }

  void deliver(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      counters.userCallbackFailures++;
      LOG.debug("TC-user callback failed", e);
    }
  }

  // ---- indications from SCCP: handled by the transaction sublayer ----

  @Override
  public void onUnitdata(UnitdataIndication ind) {
    incoming.onUnitdata(ind);
  }

  @Override
  public void onNotice(org.ss7sim.sccp.NoticeIndication notice) {
    incoming.onNotice(notice);
  }
}
