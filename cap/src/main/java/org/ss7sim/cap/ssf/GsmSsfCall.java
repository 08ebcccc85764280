package org.ss7sim.cap.ssf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.ApplyChargingReportArg;
import org.ss7sim.cap.message.BcsmEvent;
import org.ss7sim.cap.message.CapArgument;
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

/**
 * One call's relationship with the gsmSCF: the shell of {@link GsmSsfMachine}. It turns what the
 * MSC and the gsmSCF do into machine events, applies the actions (operations, Tssf, listener calls)
 * and sends what they queued in one TC message. Owned by the TCAP stack's thread.
 */
public final class GsmSsfCall extends Relationship {
  private final GsmSsfListener listener;
  private final List<BcsmEvent> armed = new ArrayList<>();
  private ApplyChargingArg charging;

  // what the event being handled carries, for the actions
  private InitialDpArg initialDp;
  private EventReportBcsmArg report;
  private TimeDurationChargingResult chargingResult;

  GsmSsfCall(GsmSsfService service, Dialogue dialogue, GsmSsfListener listener) {
    super(service, dialogue);
    this.listener = listener;
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

  // ---- from the gsmSCF ----

  @Override
  GsmSsfEvent eventFor(CapArgument a) {
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
  void forget() {
    armed.clear();
    charging = null;
  }

  @Override
  void applyOwn(GsmSsfAction a) {
    switch (a) {
      case SEND_INITIAL_DP -> send(initialDp);
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
      case RESTART_TSSF -> startTssf(Duration.ofSeconds(((ResetTimerArg) operation).timerValue()));
      default -> throw new IllegalStateException("not a call action: " + a);
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
    return "GsmSsfCall[" + id() + " " + state() + " armed " + armed + "]";
  }
}
