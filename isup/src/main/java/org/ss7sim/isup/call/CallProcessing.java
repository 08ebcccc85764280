package org.ss7sim.isup.call;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitSupervision;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.isup.circuit.Signalling;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.ReleaseComplete;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.ContinuityIndicators;
import org.ss7sim.wire.time.TimerService;

/**
 * Call processing control of one exchange (Q.764 §2.1–§2.3, §2.9.1.4, §2.10.2): the shell of {@link
 * CallStateMachine}. It turns each request, message and timer expiry into a {@link CallEvent}, asks
 * the machine, and carries out the {@link CallAction}s: sends, starts and stops timers, tells the
 * {@link CallControlUser}. It keeps the calls by reference; each {@link Call} is a record it alone
 * writes.
 *
 * <p>Indications go straight to the user given here; {@link org.ss7sim.isup.IsupUserPart} gives a
 * queue that delivers them after the request that caused them has returned.
 */
public final class CallProcessing implements CallControl {
  private static final Logger LOG = LoggerFactory.getLogger(CallProcessing.class);

  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final CircuitSupervision supervision;
  private final Map<String, TrunkGroup> groups;
  private final CallControlUser user;
  private final boolean overlapReceiving;
  private final Map<Long, Call> calls = new HashMap<>();
  private long nextId = 1;
  private long unexpected;
  private long dualSeizures;
  private long repeatAttempts;

  public CallProcessing(
      Signalling signalling,
      TimerService clock,
      IsupTimers timers,
      CircuitSupervision supervision,
      Map<String, TrunkGroup> groups,
      CallControlUser user,
      boolean overlapReceiving) {
    this.signalling = signalling;
    this.clock = clock;
    this.timers = timers;
    this.supervision = supervision;
    this.groups = Map.copyOf(groups);
    this.user = user;
    this.overlapReceiving = overlapReceiving;
  }

  /** Call events that arrived in a state that does not expect them (discarded). */
  public long unexpectedMessages() {
    return unexpected;
  }

  /** Dual seizures detected (Q.764 §2.9.1.4). */
  public long dualSeizures() {
    return dualSeizures;
  }

  /** Automatic repeat attempts made after losing a dual seizure. */
  public long repeatAttempts() {
    return repeatAttempts;
  }

  @Override
  public int activeCalls() {
    return calls.size();
  }

  /** The state of {@code call}, or {@link CallState#IDLE} once it is over. */
  public CallState state(CallReference call) {
    Call c = calls.get(call.id());
    return c == null ? CallState.IDLE : c.state;
  }

  // ---- the machine and its actions -------------------------------------------------------------

  /** Runs {@code event} through the machine and carries out its actions; false when unexpected. */
  private boolean fire(Call call, CallEvent event, CallInput in) {
    CallStateMachine.Outcome o = CallStateMachine.handle(call.state, event);
    if (!o.expected()) {
      unexpected++;
      LOG.debug("{}: {} unexpected in {}, discarded", call.reference, event, call.state);
      return false;
    }
    call.state = o.next();
    List<CallAction> actions = o.actions();
    for (int i = 0; i < actions.size(); i++) {
      act(call, actions.get(i), event, in);
    }
    return true;
  }

  private void act(Call call, CallAction action, CallEvent event, CallInput in) {
    switch (action) {
      case START_T7, START_T8, START_T9, START_T33, START_T1 -> call.timers.start(action);
      case START_T1_T5 -> {
        call.rel = new Release(call.circuit.cic(), CauseIndicators.of(in.releaseCause(event)));
        call.timers.start(action);
      }
      case STOP_CALL_TIMER -> call.timers.stopCallTimer();
      case STOP_T33 -> call.timers.stopT33();
      case STOP_TIMERS -> call.timers.stopAll();
      case SEND_IAM -> sendInitialAddress(call);
      case SEND_SAM,
          SEND_ACM,
          SEND_CPG,
          SEND_CON,
          SEND_ANM,
          SEND_INR,
          SEND_INF,
          SEND_REL,
          SEND_RLC ->
          send(call, CallMessages.of(action, call.circuit.cic(), in, call.iam, call.rel));
      case MARK_ALERTING -> call.alertingNanos = clock.nanoTime();
      case MARK_ANSWER -> call.answerNanos = clock.nanoTime();
      case LEAVE_CIRCUIT -> {
        if (call.circuit.use() == call) {
          call.circuit.use(null, 0);
        }
        call.circuit = null;
      }
      case FINISH -> finish(call);
      case RESET_CIRCUIT -> {
        supervision.alertMaintenance(call.circuit, "T5 expired awaiting RLC");
        supervision.reset(call.circuit);
      }
      default -> indicate(call, action, event, in);
    }
  }

  private void indicate(Call call, CallAction action, CallEvent event, CallInput in) {
    switch (action) {
      case INDICATE_INCOMING ->
          user.onIncomingCall(
              CallMessages.incomingCall(
                  call.reference,
                  call.circuit,
                  call.iam,
                  event != CallEvent.PEER_IAM_INCOMPLETE
                      && event != CallEvent.PEER_COT_SUCCESS_INCOMPLETE));
      case INDICATE_MORE_DIGITS -> user.onMoreDigits(call.reference, in.digits(), in.last());
      case INDICATE_ALERTING -> user.onAlerting(call.reference, in.calledPartyStatus());
      case INDICATE_PROGRESS -> user.onProgress(call.reference, in.progress());
      case INDICATE_ANSWER -> user.onAnswer(call.reference);
      case INDICATE_RELEASE -> {
        call.releaseNanos = clock.nanoTime();
        user.onRelease(
            call.reference,
            new CallRelease(
                in.releaseCause(event),
                CallStateMachine.initiator(event),
                call.answerNanos >= 0,
                call.timing()));
      }
      default -> throw new IllegalStateException("not an indication: " + action);
    }
  }

  private void send(Call call, IsupMessage m) {
    signalling.send(call.circuit.group().remote(), m);
  }

  /** IAM, and COT when this end checks continuity and the circuit is still the call's. */
  private void sendInitialAddress(Call call) {
    Circuit circuit = call.circuit;
    call.iam = CallMessages.initialAddress(circuit.cic(), call.setup);
    send(call, call.iam);
    if (call.setup.continuityCheck() && call.circuit == circuit && !call.ended) {
      send(call, new Continuity(circuit.cic(), ContinuityIndicators.SUCCESSFUL));
    }
  }

  private void expired(Call call, CallEvent expiry) {
    if (!call.ended) {
      fire(call, expiry, CallInput.NONE);
    }
  }

  /** Frees the circuit and forgets the call. */
  private void finish(Call call) {
    call.timers.stopAll();
    call.ended = true;
    if (call.circuit != null && call.circuit.use() == call) {
      call.circuit.use(null, clock.nanoTime());
    }
    calls.remove(call.reference.id());
  }

  private Call newCall(boolean outgoing, CallSetup setup) {
    Call call = new Call(new CallReference(nextId++), outgoing, setup);
    call.timers = new CallTimers(clock, timers, event -> expired(call, event));
    call.setupNanos = clock.nanoTime();
    calls.put(call.reference.id(), call);
    return call;
  }

  /** Seizes a circuit of {@code group} and sends IAM, or ends the call with cause 34. */
  private void seize(Call call, TrunkGroup group) {
    Circuit circuit = group.select();
    if (circuit == null) {
      fire(call, CallEvent.NO_CIRCUIT, CallInput.NONE);
      return;
    }
    call.circuit = circuit;
    circuit.use(call, clock.nanoTime());
    fire(call, CallEvent.USER_SETUP, CallInput.NONE);
  }

  // ---- user requests ---------------------------------------------------------------------------

  @Override
  public CallReference placeCall(CallSetup setup) {
    TrunkGroup group = groups.get(setup.trunkGroup());
    if (group == null) {
      throw new IllegalArgumentException("no trunk group " + setup.trunkGroup());
    }
    Call call = newCall(true, setup);
    seize(call, group);
    return call.reference;
  }

  /**
   * A request on a live call; a call already released (an answer scheduled before the peer's REL
   * arrived) is ignored, not an error; an event the state does not allow is a programming error.
   */
  private void request(CallReference reference, CallEvent event, CallInput in, String what) {
    Call call = calls.get(reference.id());
    if (call == null || call.ended || call.state == CallState.RELEASE_SENT) {
      return;
    }
    CallState before = call.state;
    if (!fire(call, event, in)) {
      throw new IllegalStateException("cannot " + what + " in " + before);
    }
  }

  @Override
  public void sendDigits(CallReference reference, String digits, boolean last) {
    request(reference, CallEvent.USER_MORE_DIGITS, CallInput.digits(digits, last), "send digits");
  }

  @Override
  public void alert(CallReference reference) {
    request(reference, CallEvent.USER_ALERT, CallInput.NONE, "alert");
  }

  @Override
  public void alert(CallReference reference, int calledPartyStatus) {
    if (calledPartyStatus < 0 || calledPartyStatus > 3) {
      throw new IllegalArgumentException(
          "called party's status out of range: " + calledPartyStatus);
    }
    request(reference, CallEvent.USER_ALERT, CallInput.alerting(calledPartyStatus), "alert");
  }

  @Override
  public void progress(CallReference reference, int event) {
    request(reference, CallEvent.USER_PROGRESS, CallInput.progress(event), "send progress");
  }

  @Override
  public void answer(CallReference reference) {
    request(reference, CallEvent.USER_ANSWER, CallInput.NONE, "answer");
  }

  @Override
  public void release(CallReference reference, CauseValue cause) {
    Call call = calls.get(reference.id());
    if (call == null || call.state == CallState.RELEASE_SENT) {
      return;
    }
    if (call.circuit == null || !fire(call, CallEvent.USER_RELEASE, CallInput.cause(cause))) {
      throw new IllegalStateException("cannot release in " + call.state);
    }
  }

  /**
   * Terminating side: asks the originating exchange for the calling party number and category (INR,
   * T33).
   */
  public void requestInformation(CallReference reference) {
    request(reference, CallEvent.USER_INFORMATION_REQUEST, CallInput.NONE, "request information");
  }

  /**
   * Releases the call on {@code circuit}, if any, with REL and T1/T5 (e.g. an unrecognised message
   * whose compatibility information says "release call", Q.764 §2.9.5.1).
   *
   * @return false when the circuit carries no call
   */
  public boolean releaseByNetwork(Circuit circuit, CauseValue cause) {
    if (!(circuit.use() instanceof Call call)
        || call.ended
        || call.state == CallState.RELEASE_SENT) {
      return false;
    }
    fire(call, CallEvent.LOCAL_RELEASE, CallInput.cause(cause));
    return true;
  }

  /**
   * Circuit supervision cleared the circuit (RSC, GRS, hardware blocking, UCIC, MTP-PAUSE): the
   * call on it ends without a release message.
   */
  public void clearLocally(Circuit circuit, CauseValue cause) {
    if (circuit.use() instanceof Call call && !call.ended) {
      fire(call, CallEvent.CIRCUIT_CLEARED, CallInput.cause(cause));
    }
  }

  // ---- messages from the peer ------------------------------------------------------------------

  /**
   * A call-control message for {@code circuit} (IAM, SAM, COT, ACM, CPG, CON, ANM, SUS, RES, REL,
   * RLC, INR, INF).
   */
  public void onMessage(Circuit circuit, IsupMessage m) {
    if (m instanceof InitialAddress iam) {
      onInitialAddress(circuit, iam);
      return;
    }
    if (!(circuit.use() instanceof Call call)) {
      onMessageForIdleCircuit(circuit, m);
      return;
    }
    CallEvent event = PeerEvents.of(m, call.alerted(), overlapReceiving, call.iam);
    if (event == null) {
      unexpected++;
      return;
    }
    fire(call, event, PeerEvents.input(m));
  }

  /**
   * IAM (Q.764 §2.1.1.2) with dual seizure detection (§2.9.1.4): the controlling exchange keeps its
   * call and ignores the IAM; the other one leaves the circuit to the incoming call and repeats its
   * own call on another circuit.
   */
  private void onInitialAddress(Circuit circuit, InitialAddress iam) {
    Call lost = null;
    if (circuit.use() instanceof Call existing) {
      if (!existing.outgoing || existing.state != CallState.AWAITING_ADDRESS_COMPLETE) {
        unexpected++;
        return;
      }
      dualSeizures++;
      if (circuit.group().controls(circuit)) {
        return;
      }
      lost = existing;
      fire(lost, CallEvent.GLARE_LOST, CallInput.NONE);
    }
    // An IAM unblocks a circuit the remote end had blocked for maintenance (Q.764 §2.8.2.3 iii).
    supervision.clearRemoteMaintenanceBlocking(circuit);
    Call call = newCall(false, null);
    call.circuit = circuit;
    call.iam = iam;
    circuit.use(call, clock.nanoTime());
    fire(
        call,
        PeerEvents.ofInitialAddress(iam, circuit.locallyBlocked(), overlapReceiving),
        CallInput.NONE);
    if (lost != null) {
      lost.repeatAttempts++;
      repeatAttempts++;
      seize(lost, groups.get(lost.setup.trunkGroup()));
    }
  }

  /**
   * REL on an idle circuit is answered with RLC (Q.764 §2.9.5.2); RLC may end a reset; others are
   * discarded.
   */
  private void onMessageForIdleCircuit(Circuit circuit, IsupMessage m) {
    switch (m.type()) {
      case REL -> signalling.send(circuit.group().remote(), new ReleaseComplete(circuit.cic()));
      case RLC -> {
        if (!supervision.onResetComplete(circuit)) {
          unexpected++;
        }
      }
      default -> unexpected++;
    }
  }

  /** UCIC: the remote end does not have this CIC; clear any call and stop using it (§2.12). */
  public void onUnequipped(Circuit circuit) {
    clearLocally(circuit, CauseValue.TEMPORARY_FAILURE);
    supervision.markRemoteUnequipped(circuit);
  }
}
