package org.ss7sim.isup.call;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitSupervision;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.isup.circuit.Signalling;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.isup.message.AddressComplete;
import org.ss7sim.isup.message.Answer;
import org.ss7sim.isup.message.CallProgress;
import org.ss7sim.isup.message.Connect;
import org.ss7sim.isup.message.InformationRequest;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.InformationRequestIndicators;
import org.ss7sim.isup.parameter.SubsequentNumber;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Call processing control of one exchange (Q.764 §2.1–§2.3, §2.9.1.4, §2.10.2): the shell that
 * applies {@link CallStateTable} transitions to the calls on its circuits, sends the messages and
 * runs the timers each transition implies, and tells the {@link CallControlUser}.
 */
public final class CallProcessing implements CallControl {
  private static final Logger LOG = LoggerFactory.getLogger(CallProcessing.class);

  private static final BackwardCallIndicators ALERTING_BCI =
      BackwardCallIndicators.of(2, 1, 1, true);
  private static final BackwardCallIndicators CONNECT_BCI =
      BackwardCallIndicators.of(2, 0, 1, true);

  final Signalling signalling;
  final TimerService clock;
  private final IsupTimers timers;
  final CircuitSupervision supervision;
  private final Map<String, TrunkGroup> groups;
  final CallControlUser user;
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

  /** Call messages received in a state that does not expect them (discarded). */
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

  /** Whether the circuit's use is an outgoing call (for CQR). */
  public static boolean outgoing(Object use) {
    return use instanceof Call c && c.outgoing();
  }

  // ---- transitions -----------------------------------------------------------------------------

  boolean fire(Call call, CallEvent event) {
    CallState next = CallStateTable.next(call.state, event);
    if (next == null) {
      unexpected++;
      LOG.debug("{}: {} unexpected in {}, discarded", call.reference, event, call.state);
      return false;
    }
    call.state = next;
    return true;
  }

  void send(Call call, IsupMessage m) {
    signalling.send(call.circuit.group().remote(), m);
  }

  void startCallTimer(Call call, IsupTimer timer, CallEvent expiry) {
    call.stopCallTimer();
    call.callTimer = schedule(timer, () -> CallTimerExpiry.callTimer(this, call, expiry));
  }

  Timer schedule(IsupTimer timer, Runnable expiry) {
    return clock.schedule(timers.value(timer), expiry);
  }

  /** Sends REL, starts T1 and T5, and tells the user the call is over (Q.764 §2.3.1 a). */
  void startRelease(Call call, CauseValue cause, CallRelease.Initiator initiator) {
    call.stopAllTimers();
    Release rel = new Release(call.circuit.cic(), CauseIndicators.of(cause));
    // State and timers before sending: with a run-to-completion MTP the answer may arrive inside
    // send.
    call.t1 = schedule(IsupTimer.T1, () -> CallTimerExpiry.t1(this, call, rel));
    call.t5 = schedule(IsupTimer.T5, () -> CallTimerExpiry.t5(this, call));
    tellEnd(call, cause, initiator);
    send(call, rel);
  }

  void tellEnd(Call call, CauseValue cause, CallRelease.Initiator initiator) {
    if (call.release != null) {
      return;
    }
    call.releaseNanos = clock.nanoTime();
    call.release = new CallRelease(cause, initiator, call.answerNanos >= 0, call.timing());
    if (call.userKnows) {
      user.onRelease(call.reference, call.release);
    }
  }

  /** Frees the circuit and forgets the call. */
  void finish(Call call) {
    call.stopAllTimers();
    call.state = CallState.IDLE;
    call.ended = true;
    if (call.circuit != null && call.circuit.use() == call) {
      call.circuit.use(null, clock.nanoTime());
    }
    calls.remove(call.reference.id());
  }

  /** Circuit supervision cleared the circuit (RSC, GRS, hardware blocking, MTP-PAUSE). */
  void circuitCleared(Call call, CauseValue cause) {
    if (call.ended) {
      return;
    }
    fire(call, CallEvent.CIRCUIT_CLEARED);
    tellEnd(call, cause, CallRelease.Initiator.NETWORK);
    finish(call);
  }

  // ---- user requests ---------------------------------------------------------------------------

  @Override
  public CallReference placeCall(CallSetup setup) {
    TrunkGroup group = groups.get(setup.trunkGroup());
    if (group == null) {
      throw new IllegalArgumentException("no trunk group " + setup.trunkGroup());
    }
    Call call = newCall(true, setup);
    call.userKnows = true;
    call.setupNanos = clock.nanoTime();
    OutgoingCalls.seizeAndSend(this, call, group);
    return call.reference;
  }

  /**
   * The call, or null once it has been released: a request racing with the peer's release (an
   * answer scheduled before the REL arrived) is ignored, not an error.
   */
  private Call live(CallReference reference) {
    Call call = calls.get(reference.id());
    if (call == null || call.ended || call.state == CallState.RELEASE_SENT) {
      return null;
    }
    return call;
  }

  @Override
  public void sendDigits(CallReference reference, String digits, boolean last) {
    Call call = live(reference);
    if (call == null) {
      return;
    }
    if (!fire(call, CallEvent.USER_MORE_DIGITS)) {
      throw new IllegalStateException("cannot send digits in " + call.state);
    }
    startCallTimer(call, IsupTimer.T7, CallEvent.T7_EXPIRY);
    send(
        call,
        new SubsequentAddress(
            call.circuit.cic(), new SubsequentNumber(last ? digits + "f" : digits)));
  }

  @Override
  public void alert(CallReference reference) {
    Call call = live(reference);
    if (call == null) {
      return;
    }
    if (!fire(call, CallEvent.USER_ALERT)) {
      throw new IllegalStateException("cannot alert in " + call.state);
    }
    call.alertingNanos = clock.nanoTime();
    send(call, new AddressComplete(call.circuit.cic(), ALERTING_BCI));
  }

  @Override
  public void progress(CallReference reference, int event) {
    Call call = live(reference);
    if (call == null) {
      return;
    }
    if (!fire(call, CallEvent.USER_PROGRESS)) {
      throw new IllegalStateException("cannot send progress in " + call.state);
    }
    send(call, new CallProgress(call.circuit.cic(), EventInformation.of(event)));
  }

  @Override
  public void answer(CallReference reference) {
    Call call = live(reference);
    if (call == null) {
      return;
    }
    boolean alerted = call.state == CallState.ALERTING;
    if (!fire(call, CallEvent.USER_ANSWER)) {
      throw new IllegalStateException("cannot answer in " + call.state);
    }
    call.answerNanos = clock.nanoTime();
    send(
        call,
        alerted ? new Answer(call.circuit.cic()) : new Connect(call.circuit.cic(), CONNECT_BCI));
  }

  @Override
  public void release(CallReference reference, CauseValue cause) {
    Call call = calls.get(reference.id());
    if (call == null || call.state == CallState.RELEASE_SENT) {
      return;
    }
    if (call.circuit == null || !fire(call, CallEvent.USER_RELEASE)) {
      throw new IllegalStateException("cannot release in " + call.state);
    }
    startRelease(call, cause, CallRelease.Initiator.LOCAL_USER);
  }

  /**
   * Terminating side: asks the originating exchange for the calling party number and category (INR,
   * T33).
   */
  public void requestInformation(CallReference reference) {
    Call call = live(reference);
    if (call == null) {
      return;
    }
    if (!fire(call, CallEvent.USER_INFORMATION_REQUEST)) {
      throw new IllegalStateException("cannot request information in " + call.state);
    }
    if (call.t33 != null) {
      call.t33.cancel();
    }
    call.t33 = schedule(IsupTimer.T33, () -> CallTimerExpiry.t33(this, call));
    send(call, new InformationRequest(call.circuit.cic(), new InformationRequestIndicators(0x09)));
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
    releaseByNetwork(call, cause);
    return true;
  }

  // ---- messages from the peer ------------------------------------------------------------------

  /**
   * A call-control message for {@code circuit} (IAM, SAM, COT, ACM, CPG, CON, ANM, SUS, RES, REL,
   * RLC, INR, INF).
   */
  public void onMessage(Circuit circuit, IsupMessage m) {
    PeerMessages.onMessage(this, circuit, m);
  }

  /** UCIC for a circuit: clear any call and stop using the circuit (Q.764 §2.12). */
  public void onUnequipped(Circuit circuit) {
    PeerMessages.onUnequipped(this, circuit);
  }

  // ---- used by IncomingCalls, OutgoingCalls and CallTimerExpiry ----

  /** Registers a new incoming call (IncomingCalls). */
  Call newCall(boolean outgoing, CallSetup setup) {
    Call call = new Call(new CallReference(nextId++), outgoing, this, setup);
    calls.put(call.reference.id(), call);
    return call;
  }

  boolean fireEvent(Call call, CallEvent event) {
    return fire(call, event);
  }

  void startT8(Call call) {
    startCallTimer(call, IsupTimer.T8, CallEvent.T8_EXPIRY);
  }

  void stopCallTimer(Call call) {
    call.stopCallTimer();
  }

  void releaseByNetwork(Call call, CauseValue cause) {
    if (call.state != CallState.RELEASE_SENT) {
      fire(call, CallEvent.LOCAL_RELEASE);
    }
    startRelease(call, cause, CallRelease.Initiator.NETWORK);
  }

  void clearRemoteMaintenanceBlocking(Circuit circuit) {
    supervision.clearRemoteMaintenanceBlocking(circuit);
  }

  void countDualSeizure() {
    dualSeizures++;
  }

  void countUnexpected() {
    unexpected++;
  }

  /** Dual seizure lost: this call leaves the circuit and tries another one (Q.764 §2.9.1.4 b). */
  void repeatAttempt(Call call) {
    fire(call, CallEvent.GLARE_LOST);
    call.stopAllTimers();
    call.circuit = null;
    call.repeatAttempts++;
    repeatAttempts++;
    OutgoingCalls.seizeAndSend(this, call, groups.get(call.setup.trunkGroup()));
  }

  boolean overlapReceiving() {
    return overlapReceiving;
  }
}
