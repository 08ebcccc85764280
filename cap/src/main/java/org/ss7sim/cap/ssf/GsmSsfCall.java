package org.ss7sim.cap.ssf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.cap.CapCounters.Counter;
import org.ss7sim.cap.ReceivedInvoke;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.ApplyChargingReportArg;
import org.ss7sim.cap.message.BcsmEvent;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapError;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.cap.message.ConnectArg;
import org.ss7sim.cap.message.EventReportBcsmArg;
import org.ss7sim.cap.message.EventSpecificInformationBcsm;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.LegId;
import org.ss7sim.cap.message.MiscCallInfo;
import org.ss7sim.cap.message.MonitorMode;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseCallArg;
import org.ss7sim.cap.message.RequestReportBcsmEventArg;
import org.ss7sim.cap.message.ResetTimerArg;
import org.ss7sim.cap.message.TimeDurationChargingResult;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.time.Timer;

/**
 * One call's relationship with the gsmSCF: the shell of {@link GsmSsfMachine}. It turns what the
 * MSC and the gsmSCF do into machine events, applies the actions (operations, Tssf, listener calls)
 * and sends what they queued in one TC message. Owned by the TCAP stack's thread.
 */
public final class GsmSsfCall implements Relationship {
  private final GsmSsfService service;
  private final Dialogue dialogue;
  private final GsmSsfListener listener;
  private final List<BcsmEvent> armed = new ArrayList<>();
  private GsmSsfState state = GsmSsfState.IDLE;
  private ApplyChargingArg charging;
  private Timer tssf;
  private boolean queued;

  // what the event being handled carries, for the actions
  private InitialDpArg initialDp;
  private EventReportBcsmArg report;
  private TimeDurationChargingResult chargingResult;
  private CapArgument operation;
  private InvokeId invokeId;

  GsmSsfCall(GsmSsfService service, Dialogue dialogue, GsmSsfListener listener) {
    this.service = service;
    this.dialogue = dialogue;
    this.listener = listener;
  }

  /** The TCAP dialogue id. */
  public long id() {
    return dialogue.id();
  }

  @Override
  public GsmSsfState state() {
    return state;
  }

  /** EDPs the gsmSCF armed that have not been met. */
  public List<BcsmEvent> armedEvents() {
    return List.copyOf(armed);
  }

  /** The ApplyCharging in force, or null. */
  public ApplyChargingArg charging() {
    return charging;
  }

  // ---- from the MSC ----

  void start(InitialDpArg idp) {
    initialDp = idp;
    handle(GsmSsfEvent.TDP_R_ENCOUNTERED);
  }

  /**
   * The call met a detection point: reported when the gsmSCF armed it (then disarmed), an EDP-R
   * suspending the call until instructed; a disconnect or abandon that is not armed ends the
   * relationship. Returns whether the gsmSSF FSM took it.
   */
  public boolean eventMet(EventTypeBcsm type, LegId leg, EventSpecificInformationBcsm info) {
    BcsmEvent e = armedFor(type, leg);
    boolean ending = isCallEnd(type);
    if (e == null) {
      return ending && handleAndFlush(GsmSsfEvent.CALL_ENDED_UNARMED);
    }
    armed.remove(e);
    if (ending) {
      armed.clear();
    }
    boolean request = e.monitorMode() == MonitorMode.INTERRUPTED;
    report =
        EventReportBcsmArg.of(
            type, info, leg, request ? MiscCallInfo.REQUEST : MiscCallInfo.NOTIFICATION);
    GsmSsfEvent event =
        request
            ? GsmSsfEvent.EDP_R_MET
            : armed.isEmpty() && charging == null
                ? GsmSsfEvent.EDP_N_LAST_MET
                : GsmSsfEvent.EDP_N_MET;
    return handleAndFlush(event);
  }

  /**
   * The call period ran out, or the call ended, while ApplyCharging is in force: sends
   * ApplyChargingReport. A result with callActive FALSE ends the charging.
   */
  public boolean chargingReport(TimeDurationChargingResult result) {
    if (charging == null) {
      return false;
    }
    chargingResult = result;
    return handleAndFlush(GsmSsfEvent.CHARGING_REPORT_DUE);
  }

  // ---- from the gsmSCF (via GsmSsfService) ----

  @Override
  public void received(List<Component> components, boolean open) {
    for (Component c : components) {
      if (state == GsmSsfState.IDLE) {
        service.counters().increment(Counter.DISCARDED_AFTER_END);
        continue;
      }
      if (c instanceof Invoke inv) {
        receivedInvoke(inv, open);
      } else if (c instanceof ReturnError || c instanceof Reject) {
        service.counters().increment(Counter.ERRORS_RECEIVED);
      }
    }
    if (!open && state != GsmSsfState.IDLE) {
      handle(GsmSsfEvent.DIALOGUE_ENDED);
    }
    flush();
  }

  private void receivedInvoke(Invoke inv, boolean open) {
    ReceivedInvoke r = ReceivedInvoke.of(inv);
    if (r.problem() != null) {
      service.counters().increment(r.rejectCounter());
      if (open) {
        dialogue.reject(inv.invokeId(), r.problem());
        queued = true;
      }
      return;
    }
    service.counters().increment(Counter.INSTRUCTIONS);
    operation = r.argument();
    invokeId = inv.invokeId();
    handle(eventFor(operation));
  }

  private GsmSsfEvent eventFor(CapArgument a) {
    if (a instanceof ConnectArg || a == NoArgument.CONTINUE) {
      // with the dialogue closed (Continue in a TC-END) nothing can be reported any more
      boolean monitored = dialogue.isOpen() && (!armed.isEmpty() || charging != null);
      return monitored ? GsmSsfEvent.RESUME_MONITORED : GsmSsfEvent.RESUME;
    }
    return switch (a.operation()) {
      case RELEASE_CALL -> GsmSsfEvent.RELEASE_CALL;
      case REQUEST_REPORT_BCSM_EVENT,
          APPLY_CHARGING,
          CALL_INFORMATION_REQUEST,
          FURNISH_CHARGING_INFORMATION ->
          GsmSsfEvent.ARMING;
      case RESET_TIMER -> GsmSsfEvent.RESET_TIMER;
      case ACTIVITY_TEST -> GsmSsfEvent.ACTIVITY_TEST;
      // an operation a gsmSSF never receives: out of sequence wherever it comes
      default -> null;
    };
  }

  @Override
  public void dialogueGone() {
    if (state != GsmSsfState.IDLE) {
      handle(GsmSsfEvent.DIALOGUE_ENDED);
    }
  }

  void tssfExpired() {
    tssf = null;
    service.counters().increment(Counter.TSSF_EXPIRIES);
    handle(GsmSsfEvent.TSSF_EXPIRED);
  }

  // ---- the shell ----

  private boolean handleAndFlush(GsmSsfEvent event) {
    boolean taken = handle(event);
    flush();
    return taken;
  }

  /** Applies one event; returns whether the state accepted it. */
  private boolean handle(GsmSsfEvent event) {
    GsmSsfMachine.Outcome o =
        event == null
            ? new GsmSsfMachine.Outcome(
                state, List.of(GsmSsfAction.ERROR_UNEXPECTED_COMPONENT_SEQUENCE))
            : GsmSsfMachine.handle(state, event);
    GsmSsfState from = state;
    state = o.next();
    for (GsmSsfAction a : o.actions()) {
      apply(a);
    }
    if (state == GsmSsfState.IDLE && from != GsmSsfState.IDLE) {
      cancelTssf();
      armed.clear();
      charging = null;
      service.ended(this);
    }
    return event != null && GsmSsfMachine.allowed(from).contains(event);
  }

  private void apply(GsmSsfAction a) {
    switch (a) {
      case SEND_INITIAL_DP -> {
        send(initialDp);
        service.counters().increment(Counter.INITIAL_DP);
      }
      case SEND_EVENT_REPORT -> send(report);
      case SEND_APPLY_CHARGING_REPORT -> sendChargingReport();
      case SEND_PENDING_REPORTS -> {
        if (charging != null && chargingResult != null) {
          sendChargingReport();
        }
      }
      case SUSPEND_CALL -> {} // the MSC holds the call at the DP until it hears from us
      case RESUME_CALL -> listener.onResume(this, operation instanceof ConnectArg c ? c : null);
      case RELEASE_CALL -> listener.onRelease(this, ((ReleaseCallArg) operation).cause());
      case DEFAULT_CALL_HANDLING ->
          listener.onDefaultCallHandling(this, service.config().defaultCallHandling());
      case ARM -> arm(operation);
      case START_TSSF -> startTssf(service.config().tssf());
      case RESTART_TSSF -> startTssf(Duration.ofSeconds(((ResetTimerArg) operation).timerValue()));
      case STOP_TSSF -> cancelTssf();
      case ANSWER_ACTIVITY_TEST -> {
        if (dialogue.isOpen()) {
          dialogue.returnResultLast(invokeId, CapOperation.ACTIVITY_TEST.opCode(), null);
          queued = true;
        }
      }
      case ERROR_UNEXPECTED_COMPONENT_SEQUENCE -> {
        service.counters().increment(Counter.UNEXPECTED_COMPONENT_SEQUENCE);
        if (dialogue.isOpen() && invokeId != null) {
          dialogue.returnError(invokeId, CapError.UNEXPECTED_COMPONENT_SEQUENCE.errorCode(), null);
          queued = true;
        }
      }
      case END_DIALOGUE -> {
        if (dialogue.isOpen()) {
          dialogue.end();
          queued = false;
        }
      }
      case ABORT_DIALOGUE -> {
        if (dialogue.isOpen()) {
          dialogue.userAbort(null);
          queued = false;
        }
      }
      case DISCARD -> service.counters().increment(Counter.DISCARDED_EVENTS);
    }
  }

  private void arm(CapArgument a) {
    if (a instanceof RequestReportBcsmEventArg rrb) {
      for (BcsmEvent e : rrb.bcsmEvents()) {
        armed.removeIf(x -> x.eventType() == e.eventType() && sameLeg(x.legId(), e.legId()));
        if (e.monitorMode() != MonitorMode.TRANSPARENT) {
          armed.add(e);
        }
      }
    } else if (a instanceof ApplyChargingArg ac) {
      charging = ac;
      listener.onApplyCharging(this, ac);
    }
    // CallInformationRequest and FurnishChargingInformation are accepted and not acted on
  }

  private void sendChargingReport() {
    send(new ApplyChargingReportArg(chargingResult));
    if (!chargingResult.isCallActive()) {
      charging = null;
    }
    chargingResult = null;
  }

  private void send(CapArgument a) {
    if (!dialogue.isOpen()) {
      service.counters().increment(Counter.DISCARDED_AFTER_END);
      return;
    }
    CapOperation op = a.operation();
    dialogue.invoke(
        op.opCode(), CapCodec.encode(a), op.operationClass(), service.config().invokeTimeout());
    if (op != CapOperation.INITIAL_DP) {
      service.counters().increment(Counter.REPORTS);
    }
    queued = true;
  }

  /** Sends what the actions queued, unless the transition already ended the dialogue. */
  private void flush() {
    // before the gsmSCF's first answer the dialogue cannot be continued; that cannot happen in
    // practice (nothing is sent in Waiting_For_Instructions before an instruction arrives)
    if (queued && dialogue.isOpen() && dialogue.remoteTransactionId() != null) {
      dialogue.continueWith();
    }
    queued = false;
  }

  void beginSent() {
    queued = false;
  }

  private void startTssf(Duration d) {
    cancelTssf();
    tssf = service.timers().schedule(d, this::tssfExpired);
  }

  private void cancelTssf() {
    if (tssf != null) {
      tssf.cancel();
      tssf = null;
    }
  }

  private BcsmEvent armedFor(EventTypeBcsm type, LegId leg) {
    for (BcsmEvent e : armed) {
      if (e.eventType() == type
          && (e.legId() == null || leg == null || e.legId().leg() == leg.leg())) {
        return e;
      }
    }
    return null;
  }

  private static boolean sameLeg(LegId a, LegId b) {
    return a == null ? b == null : b != null && a.leg() == b.leg();
  }

  private static boolean isCallEnd(EventTypeBcsm type) {
    return type == EventTypeBcsm.O_DISCONNECT
        || type == EventTypeBcsm.T_DISCONNECT
        || type == EventTypeBcsm.O_ABANDON
        || type == EventTypeBcsm.T_ABANDON;
  }

  @Override
  public String toString() {
    return "GsmSsfCall[" + id() + " " + state + " armed " + armed + "]";
  }
}
