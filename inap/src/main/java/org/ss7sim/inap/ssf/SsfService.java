package org.ss7sim.inap.ssf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.inap.InapCounters;
import org.ss7sim.inap.InapCounters.Counter;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.NoticeIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The SSF as a TC-user (Q.1218 §6, Q.1214 §4.2.1): sends InitialDP in a TC-BEGIN, waits for
 * Connect, Continue or ReleaseCall with the response timer Tssf, and hands the switch one {@link
 * SsfDecision} per query. Errors, rejects, aborts, undeliverable queries and timeouts all become a
 * release decision with a cause; nothing throws to the caller. One per switch subsystem, on the
 * TCAP stack's thread.
 *
 * <pre>{@code
 * SsfService ssf = new SsfService(tcap, timers, SsfConfig.defaults(myAddress)).bind();
 * long key = trigger.serviceKey(dialledDigits);          // InTrigger; -1: no IN query
 * ssf.initialDp(scpAddress, InitialDpArg.of(key, called, calling), (call, decision) -> {
 *   if (decision instanceof SsfDecision.Route r) { ... IAM to r.destination() ... }
 *   else if (decision instanceof SsfDecision.Proceed) { ... IAM to the dialled number ... }
 *   else if (decision instanceof SsfDecision.Release rel) { ... REL with rel.cause() ... }
 * });
 * }</pre>
 */
public final class SsfService implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(SsfService.class);

  private final TcapStack stack;
  private final TimerService timers;
  private final SsfConfig config;
  private final InapCounters counters = new InapCounters();
  private int openCalls;

  public SsfService(TcapStack stack, TimerService timers, SsfConfig config) {
    this.stack = stack;
    this.timers = timers;
    this.config = config;
  }

  /** Binds to the TCAP stack: from now on this service receives its dialogues. */
  public SsfService bind() {
    stack.bind(this);
    return this;
  }

  public SsfConfig config() {
    return config;
  }

  public InapCounters counters() {
    return counters;
  }

  /** Queries not yet ended (the leak check of scenario tests expects 0). */
  public int openCalls() {
    return openCalls;
  }

  /**
   * Starts an IN query: InitialDP to {@code scf} in a TC-BEGIN, Tssf started. {@code listener} gets
   * the decision exactly once, possibly before this method returns (when no dialogue could be
   * opened).
   */
  public SsfCall initialDp(SccpAddress scf, InitialDpArg initialDp, SsfListener listener) {
    Dialogue d;
    try {
      d = stack.newDialogue(config.localAddress(), scf, config.applicationContext());
    } catch (IllegalStateException e) {
      counters.increment(Counter.REFUSED_OVERLOAD);
      SsfCall refused = new SsfCall(this, null, initialDp, listener);
      openCalls++;
      refused.aborted(SsfDecision.Reason.OVERLOAD);
      return refused;
    }
    SsfCall call = new SsfCall(this, d, initialDp, listener);
    openCalls++;
    d.attach(call);
    d.invoke(
        InapOperation.INITIAL_DP.opCode(),
        InapCodec.encode(initialDp),
        OperationClass.CLASS_2,
        config.invokeTimeout());
    counters.increment(Counter.INITIAL_DP);
    // Tssf runs from before the Begin leaves: a synchronous lower layer may answer (or return the
    // query) before begin() returns, and the answer must find the timer to cancel.
    call.startTimer(scheduleResponseTimer(call));
    d.begin();
    return call;
  }

  Timer scheduleResponseTimer(SsfCall call) {
    return timers.schedule(config.responseTimeout(), call::timedOut);
  }

  void ended(SsfCall call) {
    openCalls--;
  }

  void deliver(SsfCall call, SsfListener listener, SsfDecision decision) {
    try {
      listener.onDecision(call, decision);
    } catch (RuntimeException e) {
      LOG.debug("SSF listener failed", e);
    }
  }

  void deliverRelease(SsfCall call, SsfListener listener, Cause cause) {
    try {
      listener.onReleaseDuringCall(call, cause);
    } catch (RuntimeException e) {
      LOG.debug("SSF listener failed", e);
    }
  }

  private static SsfCall callOf(Dialogue d) {
    return d.attachment() instanceof SsfCall c ? c : null;
  }

  @Override
  public void onBegin(BeginIndication ind) {
    // An SSF does not accept dialogues the SCF starts (InitiateCallAttempt is not supported).
    counters.increment(Counter.REFUSED_APPLICATION_CONTEXT);
    LOG.debug("refusing SCF-initiated dialogue {}", ind.dialogue().id());
    ind.dialogue().userAbort(null);
  }

  @Override
  public void onContinue(ContinueIndication ind) {
    SsfCall call = callOf(ind.dialogue());
    if (call == null) {
      ind.dialogue().userAbort(null);
      return;
    }
    call.received(ind.components(), true);
  }

  @Override
  public void onEnd(EndIndication ind) {
    SsfCall call = callOf(ind.dialogue());
    if (call != null) {
      call.received(ind.components(), false);
    }
  }

  @Override
  public void onAbort(AbortIndication ind) {
    SsfCall call = callOf(ind.dialogue());
    counters.increment(Counter.ABORTS_RECEIVED);
    LOG.debug("dialogue {} aborted: {} {}", ind.dialogue().id(), ind.kind(), ind.pAbortCause());
    if (call != null) {
      call.aborted(SsfDecision.Reason.SCF_ABORT);
    }
  }

  @Override
  public void onLocalReject(Dialogue dialogue, org.ss7sim.tcap.component.Reject reject) {
    counters.increment(Counter.LOCAL_REJECTS);
  }

  @Override
  public void onNotice(NoticeIndication ind) {
    SsfCall call = callOf(ind.dialogue());
    LOG.debug("query {} not delivered: {}", ind.dialogue().id(), ind.reportCause());
    if (call != null && call.state() == SsfState.WAITING_FOR_INSTRUCTIONS) {
      if (ind.dialogue().isOpen()) {
        ind.dialogue().userAbort(null);
      }
      call.aborted(SsfDecision.Reason.SCF_UNREACHABLE);
    }
  }
}
