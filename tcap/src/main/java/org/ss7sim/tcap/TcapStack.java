package org.ss7sim.tcap;

import java.time.Duration;
import java.util.List;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.RejectProblem;
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
import org.ss7sim.tcap.transaction.DialogueMachine.Action;
import org.ss7sim.tcap.transaction.DialogueMachine.Outcome;
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
 * <p>This is the layer's one shell. The pure {@link DialogueMachine} decides for each TC-user
 * request, received message and idle-timer expiry; the shell carries out the actions it returns
 * (send, arm the idle timer, release, indicate) on the {@link DialogueEntry} it keeps per dialogue.
 * Indications are queued and reach the TC-user only when the outermost call into the stack (a
 * request, a message from SCCP, a timer) returns, so a request never calls the user back before it
 * has returned, and a user calling a request from inside an indication gets that request's
 * indications after its own callback has returned.
 *
 * <p>Dialogues are kept in a primitive-keyed table by this side's transaction id (4 octets,
 * allocated sequentially and never reused while a dialogue holds it); idle and invocation timers
 * run on one {@link TimerWheel}. Received messages that cannot be accepted are answered as Q.774
 * §3.1.4 says: a P-Abort to the sender when its transaction id is known, a TC-P-ABORT to the local
 * user when the dialogue is; End and Abort are never answered. One thread owns the stack.
 */
public final class TcapStack implements SccpUser {
  /**
   * The reject timer of the wait-for-reject state: how long an invoke id stays reserved after its
   * last result or error (Q.774 leaves the value to the implementation).
   */
  static final Duration REJECT_TIMEOUT = Duration.ofSeconds(1);

  private final SccpService sccp;
  private final Ssn ssn;
  private final TcapConfig config;
  private final TimerWheel wheel;
  private final IntObjectMap<DialogueEntry> dialogues;
  private final TcapCounters counters = new TcapCounters();
  private final TransactionSublayer incoming = new TransactionSublayer(this);
  private final WireWriter writer = new WireWriter(512);
  private final IndicationQueue indications;
  private TcUser user;
  private final java.util.function.IntSupplier tids;
  private int pendingInvokes;

  public TcapStack(SccpService sccp, Ssn ssn, TimerService timers, TcapConfig config) {
    this(sccp, ssn, timers, config, counter());
  }

  /**
   * As above, taking local transaction ids from {@code tids} (each id not in use here is taken):
   * the stacks of one node's subsystems can share one id space, so no two of its dialogues carry
   * the same id at once (tools that match TCAP transactions by id alone, as Wireshark's CAMEL
   * response-time analysis does, then never pair a MAP END with a CAP BEGIN).
   */
  public TcapStack(
      SccpService sccp,
      Ssn ssn,
      TimerService timers,
      TcapConfig config,
      java.util.function.IntSupplier tids) {
    this.tids = java.util.Objects.requireNonNull(tids, "tids");
    this.sccp = sccp;
    this.ssn = ssn;
    this.config = config;
    this.indications = new IndicationQueue(timers, counters);
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
    DialogueEntry d = dialogues.get((int) id);
    return d == null ? null : d.handle;
  }

  TcUser user() {
    return user;
  }

  IntObjectMap<DialogueEntry> dialogues() {
    return dialogues;
  }

  TimerWheel wheel() {
    return wheel;
  }

  boolean isOpen(DialogueEntry d) {
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
    DialogueEntry d =
        new DialogueEntry(this, allocateTid(), localAddress, remoteAddress, applicationContext);
    dialogues.put(d.localTid, d);
    wheel.schedule(d, config.idleTimeout());
    return d.handle;
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

  /** Transaction ids 1, 2, 3 … (one thread owns a stack, and the stacks sharing it). */
  public static java.util.function.IntSupplier counter() {
    int[] next = {1};
    return () -> next[0]++;
  }

  int allocateTid() {
    while (true) {
      int tid = tids.getAsInt();
      if (!dialogues.containsKey(tid)) {
        return tid;
      }
    }
  }

  void applicationContext(DialogueEntry d, ObjectIdentifier acn) {
    if (d.state != DialogueState.IDLE) {
      throw new IllegalStateException("cannot set the application context in state " + d.state);
    }
    d.applicationContext = acn;
  }

  InvokeId invoke(
      DialogueEntry d,
      OperationCode opCode,
      Octets parameter,
      OperationClass operationClass,
      Duration timeout,
      InvokeId linkedId) {
    requireOpen(d);
    return ComponentSublayer.invoke(this, d, opCode, parameter, operationClass, timeout, linkedId);
  }

  void returnResult(
      DialogueEntry d, InvokeId invokeId, boolean last, OperationCode opCode, Octets parameter) {
    requireOpen(d);
    ComponentSublayer.returnResult(d, invokeId, last, opCode, parameter);
  }

  void returnError(DialogueEntry d, InvokeId invokeId, ErrorCode errorCode, Octets parameter) {
    requireOpen(d);
    ComponentSublayer.returnError(d, invokeId, errorCode, parameter);
  }

  void reject(DialogueEntry d, InvokeId invokeId, RejectProblem problem) {
    requireOpen(d);
    ComponentSublayer.reject(this, d, invokeId, problem);
  }

  void cancel(DialogueEntry d, InvokeId invokeId) {
    PendingInvoke p = d.pending(invokeId.value());
    if (p != null) {
      releaseInvoke(p);
    }
  }

  void begin(DialogueEntry d, Octets userInformation) {
    enter();
    try {
      DialoguePortion dp =
          d.applicationContext == null
              ? null
              : new DialoguePortion(Aarq.of(d.applicationContext, userInformation));
      request(d, DialogueEvent.BEGIN_REQUEST, dp);
    } finally {
      leaveRequest();
    }
  }

  void continueWith(DialogueEntry d, Octets userInformation) {
    enter();
    try {
      DialoguePortion dp = answerPortion(d, userInformation);
      request(d, DialogueEvent.CONTINUE_REQUEST, dp);
      d.answerWithAare = false;
    } finally {
      leaveRequest();
    }
  }

  void end(DialogueEntry d, Octets userInformation, boolean prearranged) {
    enter();
    try {
      request(
          d,
          prearranged ? DialogueEvent.PREARRANGED_END_REQUEST : DialogueEvent.END_REQUEST,
          prearranged ? null : answerPortion(d, userInformation));
    } finally {
      leaveRequest();
    }
  }

  void userAbort(DialogueEntry d, Octets userInformation, ObjectIdentifier refusedInFavourOf) {
    enter();
    try {
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
      request(d, DialogueEvent.U_ABORT_REQUEST, dp);
    } finally {
      leaveRequest();
    }
  }

  /** The AARE (accepted) that the first answer to a Begin with an AARQ carries, else null. */
  private static DialoguePortion answerPortion(DialogueEntry d, Octets userInformation) {
    if (d.state == DialogueState.INITIATION_RECEIVED && d.answerWithAare) {
      return new DialoguePortion(Aare.accepted(d.applicationContext, userInformation));
    }
    return null;
  }

  /**
   * A dialogue request: runs the machine and carries out its actions.
   *
   * @throws IllegalStateException when the dialogue is released or the machine refuses the request
   */
  private void request(DialogueEntry d, DialogueEvent event, DialoguePortion portion) {
    if (!isOpen(d)) {
      throw new IllegalStateException(event + " not allowed for " + d + " (released)");
    }
    carryOut(d, event, DialogueMachine.handle(d.state, event), Step.sending(portion));
  }

  private void requireOpen(DialogueEntry d) {
    if (!isOpen(d)) {
      throw new IllegalStateException("dialogue " + d.id() + " is released");
    }
  }

  // ---- carrying out the machine's actions ----

  /**
   * What an event brings with it for the actions: the dialogue portion to send, the received
   * message (for P-Abort and the peer's transaction id) and the indication to queue.
   */
  record Step(
      DialoguePortion portion,
      UnitdataIndication received,
      TransactionId peerTid,
      DialoguePortion receivedPortion,
      Runnable indication) {
    static Step sending(DialoguePortion portion) {
      return new Step(portion, null, null, null, null);
    }
  }

  /**
   * Moves {@code d} to the outcome's state and carries out its actions in order; a refused request
   * throws {@link IllegalStateException} before anything changes.
   */
  void carryOut(DialogueEntry d, DialogueEvent event, Outcome o, Step s) {
    if (o.actions().contains(Action.REFUSE)) {
      throw new IllegalStateException(event + " not allowed for " + d);
    }
    d.state = o.next();
    for (Action a : o.actions()) {
      switch (a) {
        case SEND_BEGIN ->
            send(
                d.remoteAddress,
                d.localAddress,
                new Begin(d.localTransactionId(), s.portion(), d.drainOutgoing()),
                d.localTid);
        case SEND_CONTINUE ->
            send(
                d.remoteAddress,
                d.localAddress,
                new Continue(
                    d.localTransactionId(),
                    d.remoteTransactionId(),
                    s.portion(),
                    d.drainOutgoing()),
                d.localTid);
        case SEND_END ->
            send(
                d.remoteAddress,
                d.localAddress,
                new End(d.remoteTransactionId(), s.portion(), d.drainOutgoing()),
                d.localTid);
        case SEND_ABORT ->
            send(
                d.remoteAddress,
                d.localAddress,
                new Abort(d.remoteTransactionId(), null, s.portion()),
                d.localTid);
        case SEND_P_ABORT -> {
          counters.discardedBadTransactionPortion++;
          sendPAbort(
              s.received().calling(),
              s.received().called(),
              s.peerTid(),
              PAbortCause.INCORRECT_TRANSACTION_PORTION);
        }
        case BIND_PEER_TRANSACTION -> {
          d.remoteTid = s.peerTid().value();
          d.remoteTidLength = (byte) s.peerTid().length();
          d.remoteAddress = s.received().calling();
          if (s.receivedPortion() != null && s.receivedPortion().pdu() instanceof Aare aare) {
            d.applicationContext = aare.applicationContext();
          }
        }
        case ARM_IDLE_TIMER -> wheel.schedule(d, config.idleTimeout());
        case RELEASE -> release(d);
        case INDICATE_BEGIN, INDICATE_CONTINUE, INDICATE_END, INDICATE_ABORT ->
            deliver(s.indication());
        case INDICATE_P_ABORT ->
            deliver(
                () ->
                    user.onAbort(
                        new AbortIndication(
                            d.handle,
                            AbortIndication.Kind.PROVIDER,
                            PAbortCause.INCORRECT_TRANSACTION_PORTION,
                            null)));
        case INDICATE_IDLE_TIMEOUT ->
            deliver(
                () ->
                    user.onAbort(
                        new AbortIndication(
                            d.handle, AbortIndication.Kind.IDLE_TIMEOUT, null, null)));
        case DISCARD -> counters.discardedUnknownDialogue++;
        case REFUSE -> throw new IllegalStateException(event + " not allowed for " + d);
      }
    }
  }

  // ---- releasing and timers ----

  void release(DialogueEntry d) {
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

  void releaseInvoke(PendingInvoke p) {
    DialogueEntry d = p.dialogue;
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

  void registerInvoke(PendingInvoke p, Duration timeout) {
    pendingInvokes++;
    wheel.schedule(p, timeout);
  }

  /** The invocation timer (TC-L-CANCEL) or, in wait for reject, the reject timer ran out. */
  void invokeTimerExpiry(PendingInvoke p) {
    enter();
    try {
      releaseInvoke(p);
      if (!p.waitingForReject) {
        counters.invokeTimeouts++;
        deliver(() -> user.onInvokeTimeout(p.dialogue.handle, InvokeId.of(p.invokeId)));
      }
    } finally {
      leave();
    }
  }

  void idleTimeout(DialogueEntry d) {
    enter();
    try {
      counters.idleTimeouts++;
      carryOut(
          d,
          DialogueEvent.IDLE_TIMEOUT,
          DialogueMachine.handle(d.state, DialogueEvent.IDLE_TIMEOUT),
          Step.sending(null));
    } finally {
      leave();
    }
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

  // ---- indications: queued, delivered when the outermost call into the stack returns ----

  void deliver(Runnable indication) {
    indications.add(indication);
  }

  /**
   * Queues {@code confirmation} with this stack's indications: it runs after the outermost call
   * into the stack has returned (from the timer service when that call is a request from outside),
   * in order with the TC indications. For the TC-user's own confirmations caused by a request of
   * its user, which must not reach that user before the request has returned.
   */
  public void deliverLater(Runnable confirmation) {
    enter();
    try {
      deliver(confirmation);
    } finally {
      leaveRequest();
    }
  }

  private void enter() {
    indications.enter();
  }

  private void leave() {
    indications.leave();
  }

  private void leaveRequest() {
    indications.leaveRequest();
  }

  // ---- indications from SCCP: handled by the transaction sublayer ----

  @Override
  public void onUnitdata(UnitdataIndication ind) {
    enter();
    try {
      incoming.onUnitdata(ind);
    } finally {
      leave();
    }
  }

  @Override
  public void onNotice(org.ss7sim.sccp.NoticeIndication notice) {
    enter();
    try {
      incoming.onNotice(notice);
    } finally {
      leave();
    }
  }
}
