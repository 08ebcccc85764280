package org.ss7sim.cap.ssf;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.ConnectSmsArg;
import org.ss7sim.cap.message.EventReportSmsArg;
import org.ss7sim.cap.message.EventSpecificInformationSms;
import org.ss7sim.cap.message.EventTypeSms;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.cap.message.MiscCallInfo;
import org.ss7sim.cap.message.MonitorMode;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseSmsArg;
import org.ss7sim.cap.message.RequestReportSmsEventArg;
import org.ss7sim.cap.message.SmsEvent;
import org.ss7sim.tcap.Dialogue;

/**
 * One MO short message's relationship with the gsmSCF (TS 29.078 §7, the gsmSSF SMS FSM of §4.3.1:
 * Idle, Waiting_For_Instructions, Monitoring, with Tssf). It has the states and transitions of
 * {@link GsmSsfMachine}, with the SMS operations in the place of the call ones: ContinueSMS and
 * ConnectSMS resume, ReleaseSMS releases, RequestReportSMSEvent arms, an armed o-smsSubmission or
 * o-smsFailure is an EDP-N.
 */
public final class GsmSsfSms extends Relationship {
  /** What the MSC hears about the short message. */
  public interface Listener {
    /** ContinueSMS (connect null) or ConnectSMS: submit the message (with the new addresses). */
    void onContinue(GsmSsfSms sms, ConnectSmsArg connect);

    /** ReleaseSMS: refuse the message with this RP cause (TS 24.011 §8.2.5.4). */
    void onRelease(GsmSsfSms sms, int rpCause);

    /** The gsmSCF failed or Tssf expired: apply the MO-SMS-CSI's default SMS handling. */
    void onDefaultHandling(GsmSsfSms sms, GsmSsfConfig.DefaultCallHandling handling);
  }

  private final Listener listener;
  private final List<SmsEvent> armed = new ArrayList<>();
  private CapArgument toSend;

  GsmSsfSms(GsmSsfService service, Dialogue dialogue, Listener listener) {
    super(service, dialogue);
    this.listener = listener;
  }

  /** SMS events the gsmSCF armed that have not been met. */
  public List<SmsEvent> armedEvents() {
    return List.copyOf(armed);
  }

  void start(InitialDpSmsArg idp) {
    toSend = idp;
    handle(GsmSsfEvent.TDP_R_ENCOUNTERED);
    beginSent();
  }

  /** The message was submitted to the SMSC (o-smsSubmission). */
  public boolean submitted() {
    return met(EventTypeSms.O_SMS_SUBMISSION, EventSpecificInformationSms.moSubmitted());
  }

  /** The submission failed with an MO-SMSCause (o-smsFailure). */
  public boolean failed(int moSmsCause) {
    return met(EventTypeSms.O_SMS_FAILURE, EventSpecificInformationSms.moFailure(moSmsCause));
  }

  private boolean met(EventTypeSms type, EventSpecificInformationSms info) {
    SmsEvent e = null;
    for (SmsEvent x : armed) {
      if (x.eventType() == type) {
        e = x;
      }
    }
    GsmSsfEvent event;
    if (e == null) {
      event = GsmSsfEvent.CALL_ENDED_UNARMED;
    } else {
      // the message's fate is known: nothing else can be met
      armed.clear();
      boolean request = e.monitorMode() == MonitorMode.INTERRUPTED;
      toSend =
          EventReportSmsArg.of(
              type, info, request ? MiscCallInfo.REQUEST : MiscCallInfo.NOTIFICATION);
      event = request ? GsmSsfEvent.EDP_R_MET : GsmSsfEvent.EDP_N_LAST_MET;
    }
    return handleAndFlush(event);
  }

  @Override
  GsmSsfEvent eventFor(CapArgument a) {
    if (a instanceof ConnectSmsArg || a == NoArgument.CONTINUE_SMS) {
      return dialogue.isOpen() && !armed.isEmpty()
          ? GsmSsfEvent.RESUME_MONITORED
          : GsmSsfEvent.RESUME;
    }
    if (a instanceof ReleaseSmsArg) {
      return GsmSsfEvent.RELEASE_CALL;
    }
    if (a instanceof RequestReportSmsEventArg) {
      return GsmSsfEvent.ARMING;
    }
    if (a == NoArgument.ACTIVITY_TEST) {
      return GsmSsfEvent.ACTIVITY_TEST;
    }
    return null;
  }

  @Override
  void forget() {
    armed.clear();
  }

  @Override
  void applyOwn(GsmSsfAction a) {
    switch (a) {
      case SEND_INITIAL_DP, SEND_EVENT_REPORT -> send(toSend);
      case SEND_APPLY_CHARGING_REPORT, SEND_PENDING_REPORTS, SUSPEND_CALL -> {}
      case RESUME_CALL ->
          listener.onContinue(this, operation instanceof ConnectSmsArg c ? c : null);
      case RELEASE_CALL -> listener.onRelease(this, ((ReleaseSmsArg) operation).rpCause());
      case DEFAULT_CALL_HANDLING ->
          listener.onDefaultHandling(this, service.config().defaultCallHandling());
      case ARM -> {
        for (SmsEvent e : ((RequestReportSmsEventArg) operation).smsEvents()) {
          armed.removeIf(x -> x.eventType() == e.eventType());
          if (e.monitorMode() != MonitorMode.TRANSPARENT) {
            armed.add(e);
          }
        }
      }
      case RESTART_TSSF -> {} // ResetTimerSMS is not modelled
      default -> throw new IllegalStateException("not an SMS action: " + a);
    }
  }

  @Override
  public String toString() {
    return "GsmSsfSms[" + id() + " " + state() + " armed " + armed + "]";
  }
}
