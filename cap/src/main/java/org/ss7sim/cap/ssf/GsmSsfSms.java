package org.ss7sim.cap.ssf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.cap.CapCounters.Counter;
import org.ss7sim.cap.ReceivedInvoke;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapError;
import org.ss7sim.cap.message.CapOperation;
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
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.time.Timer;

/**
 * One MO short message's relationship with the gsmSCF (TS 29.078 §7, the gsmSSF SMS FSM of §4.3.1:
 * Idle, Waiting_For_Instructions, Monitoring, with Tssf). It has the states and transitions of
 * {@link GsmSsfMachine}, with the SMS operations in the place of the call ones: ContinueSMS and
 * ConnectSMS resume, ReleaseSMS releases, RequestReportSMSEvent arms, an armed o-smsSubmission or
 * o-smsFailure is an EDP-N.
 */
public final class GsmSsfSms implements Relationship {
  /** What the MSC hears about the short message. */
  public interface Listener {
    /** ContinueSMS (connect null) or ConnectSMS: submit the message (with the new addresses). */
    void onContinue(GsmSsfSms sms, ConnectSmsArg connect);

    /** ReleaseSMS: refuse the message with this RP cause (TS 24.011 §8.2.5.4). */
    void onRelease(GsmSsfSms sms, int rpCause);

    /** The gsmSCF failed or Tssf expired: apply the MO-SMS-CSI's default SMS handling. */
    void onDefaultHandling(GsmSsfSms sms, GsmSsfConfig.DefaultCallHandling handling);
  }

  private final GsmSsfService service;
  private final Dialogue dialogue;
  private final Listener listener;
  private final List<SmsEvent> armed = new ArrayList<>();
  private GsmSsfState state = GsmSsfState.IDLE;
  private Timer tssf;
  private boolean queued;
  private CapArgument toSend;
  private CapArgument operation;
  private InvokeId invokeId;

  GsmSsfSms(GsmSsfService service, Dialogue dialogue, Listener listener) {
    this.service = service;
    this.dialogue = dialogue;
    this.listener = listener;
  }

  public long id() {
    return dialogue.id();
  }

  @Override
  public GsmSsfState state() {
    return state;
  }

  /** SMS events the gsmSCF armed that have not been met. */
  public List<SmsEvent> armedEvents() {
    return List.copyOf(armed);
  }

  void start(InitialDpSmsArg idp) {
    toSend = idp;
    handle(GsmSsfEvent.TDP_R_ENCOUNTERED);
    queued = false; // the TC-BEGIN carries it
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
    boolean taken = handle(event);
    flush();
    return taken;
  }

  @Override
  public void received(List<Component> components, boolean open) {
    for (Component c : components) {
      if (state == GsmSsfState.IDLE) {
        service.counters().increment(Counter.DISCARDED_AFTER_END);
        continue;
      }
      if (c instanceof Invoke inv) {
        ReceivedInvoke r = ReceivedInvoke.of(inv);
        if (r.problem() != null) {
          service.counters().increment(r.rejectCounter());
          if (open) {
            dialogue.reject(inv.invokeId(), r.problem());
            queued = true;
          }
          continue;
        }
        service.counters().increment(Counter.INSTRUCTIONS);
        operation = r.argument();
        invokeId = inv.invokeId();
        handle(eventFor(operation));
      } else if (c instanceof ReturnError || c instanceof Reject) {
        service.counters().increment(Counter.ERRORS_RECEIVED);
      }
    }
    if (!open && state != GsmSsfState.IDLE) {
      handle(GsmSsfEvent.DIALOGUE_ENDED);
    }
    flush();
  }

  private GsmSsfEvent eventFor(CapArgument a) {
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
  public void dialogueGone() {
    if (state != GsmSsfState.IDLE) {
      handle(GsmSsfEvent.DIALOGUE_ENDED);
    }
  }

  private void tssfExpired() {
    tssf = null;
    service.counters().increment(Counter.TSSF_EXPIRIES);
    handle(GsmSsfEvent.TSSF_EXPIRED);
  }

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
      service.ended(this);
    }
    return event != null && GsmSsfMachine.allowed(from).contains(event);
  }

  private void apply(GsmSsfAction a) {
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
      case START_TSSF -> startTssf(service.config().tssf());
      case RESTART_TSSF -> {} // ResetTimerSMS is not modelled
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

  private void send(CapArgument a) {
    if (!dialogue.isOpen()) {
      service.counters().increment(Counter.DISCARDED_AFTER_END);
      return;
    }
    CapOperation op = a.operation();
    dialogue.invoke(
        op.opCode(), CapCodec.encode(a), op.operationClass(), service.config().invokeTimeout());
    service
        .counters()
        .increment(op == CapOperation.INITIAL_DP_SMS ? Counter.INITIAL_DP : Counter.REPORTS);
    queued = true;
  }

  private void flush() {
    if (queued && dialogue.isOpen() && dialogue.remoteTransactionId() != null) {
      dialogue.continueWith();
    }
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

  @Override
  public String toString() {
    return "GsmSsfSms[" + id() + " " + state + " armed " + armed + "]";
  }
}
