package org.ss7sim.cap.ssf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.cap.CapApplicationContext;
import org.ss7sim.cap.CapCounters;
import org.ss7sim.cap.CapCounters.Counter;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.NoticeIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.time.TimerService;

/**
 * The gsmSSF of an MSC as a TC-user (TS 29.078 §4.1.1, §6.1): opens one CAP dialogue per triggered
 * call with InitialDP and runs a {@link GsmSsfCall} (the gsmSSF FSM with Tssf) for it. One per MSC
 * subsystem, on the TCAP stack's thread; nothing throws to the caller.
 *
 * <pre>{@code
 * GsmSsfService ssf = new GsmSsfService(tcap, timers, GsmSsfConfig.defaults(mscAddress)).bind();
 * GsmSsfCall c = ssf.initialDp(gsmScf, InitialDpArg.collectedInfo(key, called, calling, imsi), listener);
 * // listener.onResume / onRelease / onDefaultCallHandling; onApplyCharging starts the call period
 * c.eventMet(EventTypeBcsm.O_ANSWER, LegId.receiving(2), null);          // at answer
 * c.chargingReport(TimeDurationChargingResult.of(usedTenths, stillActive)); // period over
 * c.eventMet(EventTypeBcsm.O_DISCONNECT, LegId.receiving(1), info);       // at release
 * }</pre>
 */
public final class GsmSsfService implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(GsmSsfService.class);

  private final TcapStack stack;
  private final TimerService timers;
  private final GsmSsfConfig config;
  private final CapCounters counters = new CapCounters();
  private int openCalls;

  public GsmSsfService(TcapStack stack, TimerService timers, GsmSsfConfig config) {
    this.stack = stack;
    this.timers = timers;
    this.config = config;
  }

  /** Binds to the TCAP stack: from now on this service receives its dialogues. */
  public GsmSsfService bind() {
    stack.bind(this);
    return this;
  }

  public GsmSsfConfig config() {
    return config;
  }

  public CapCounters counters() {
    return counters;
  }

  TimerService timers() {
    return timers;
  }

  /** Calls whose relationship with the gsmSCF is not over (the leak check expects 0). */
  public int openCalls() {
    return openCalls;
  }

  /**
   * A TDP-R with a CSI was met: InitialDP to {@code gsmScf} in a TC-BEGIN, call suspended, Tssf
   * started.
   *
   * @throws IllegalStateException when TCAP has no dialogue left (the MSC applies default handling)
   */
  public GsmSsfCall initialDp(SccpAddress gsmScf, InitialDpArg initialDp, GsmSsfListener listener) {
    Dialogue d = stack.newDialogue(config.localAddress(), gsmScf, config.applicationContext());
    GsmSsfCall call = new GsmSsfCall(this, d, listener);
    d.attach(call);
    openCalls++;
    call.start(initialDp);
    call.beginSent();
    d.begin();
    return call;
  }

  /**
   * An MO short message met sms-CollectedInfo with an MO-SMS-CSI: InitialDPSMS to {@code gsmScf} in
   * a TC-BEGIN with the phase 3 SMS context ({@link CapApplicationContext#CAP_V3_SMS}), Tssf
   * started.
   *
   * @throws IllegalStateException when TCAP has no dialogue left
   */
  public GsmSsfSms initialDpSms(
      SccpAddress gsmScf, InitialDpSmsArg initialDpSms, GsmSsfSms.Listener listener) {
    Dialogue d = stack.newDialogue(config.localAddress(), gsmScf, CapApplicationContext.CAP_V3_SMS);
    GsmSsfSms sms = new GsmSsfSms(this, d, listener);
    d.attach(sms);
    openCalls++;
    sms.start(initialDpSms);
    d.begin();
    return sms;
  }

  void ended(Object relationship) {
    openCalls--;
  }

  private static Relationship callOf(Dialogue d) {
    return d.attachment() instanceof Relationship c ? c : null;
  }

  @Override
  public void onBegin(BeginIndication ind) {
    // gsmSCF-initiated dialogues (InitiateCallAttempt, phase 4) are not supported
    counters.increment(Counter.REFUSED_APPLICATION_CONTEXT);
    ind.dialogue().userAbort(null);
  }

  @Override
  public void onContinue(ContinueIndication ind) {
    Relationship call = callOf(ind.dialogue());
    if (call == null) {
      ind.dialogue().userAbort(null);
      return;
    }
    call.received(ind.components(), true);
  }

  @Override
  public void onEnd(EndIndication ind) {
    Relationship call = callOf(ind.dialogue());
    if (call != null) {
      call.received(ind.components(), false);
    }
  }

  @Override
  public void onAbort(AbortIndication ind) {
    counters.increment(Counter.ABORTS_RECEIVED);
    LOG.debug("dialogue {} aborted: {}", ind.dialogue().id(), ind.kind());
    Relationship call = callOf(ind.dialogue());
    if (call != null) {
      call.dialogueGone();
    }
  }

  @Override
  public void onNotice(NoticeIndication ind) {
    Relationship call = callOf(ind.dialogue());
    LOG.debug("dialogue {} not delivered: {}", ind.dialogue().id(), ind.reportCause());
    if (call != null && call.state() == GsmSsfState.WAITING_FOR_INSTRUCTIONS) {
      if (ind.dialogue().isOpen()) {
        ind.dialogue().userAbort(null);
      }
      call.dialogueGone();
    }
  }

  @Override
  public void onLocalReject(Dialogue dialogue, org.ss7sim.tcap.component.Reject reject) {
    counters.increment(Counter.LOCAL_REJECTS);
  }
}
