package org.ss7sim.inap.ssf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.inap.InapCounters.Counter;
import org.ss7sim.inap.ReceivedInvoke;
import org.ss7sim.inap.message.ApplyChargingArg;
import org.ss7sim.inap.message.BcsmEvent;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.Continue;
import org.ss7sim.inap.message.EventReportBcsmArg;
import org.ss7sim.inap.message.EventTypeBcsm;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.LegId;
import org.ss7sim.inap.message.MiscCallInfo;
import org.ss7sim.inap.message.MonitorMode;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.inap.message.RequestReportBcsmEventArg;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.time.Timer;

/**
 * One IN query of a switch: the InitialDP sent, the response timer Tssf, the instruction received,
 * the armed events still to report (Q.1214 §4.2.1.2, see {@link SsfState}). Owned by the TCAP
 * stack's thread.
 */
public final class SsfCall {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SsfCall.class);
  private final SsfService service;
  private final Dialogue dialogue;
  private final InitialDpArg initialDp;
  private final SsfListener listener;
  private final Map<EventTypeBcsm, BcsmEvent> armed = new EnumMap<>(EventTypeBcsm.class);
  private SsfState state = SsfState.WAITING_FOR_INSTRUCTIONS;
  private SsfDecision decision;
  private Timer responseTimer;
  private boolean chargingRequested;

  SsfCall(SsfService service, Dialogue dialogue, InitialDpArg initialDp, SsfListener listener) {
    this.service = service;
    this.dialogue = dialogue;
    this.initialDp = initialDp;
    this.listener = listener;
  }

  /** The TCAP dialogue id, or -1 when no dialogue could be opened. */
  public long id() {
    return dialogue == null ? -1 : dialogue.id();
  }

  public SsfState state() {
    return state;
  }

  public InitialDpArg initialDp() {
    return initialDp;
  }

  /** The decision, or null while waiting for instructions. */
  public SsfDecision decision() {
    return decision;
  }

  /** Events the SCF armed that have not been reported yet. */
  public Map<EventTypeBcsm, BcsmEvent> armedEvents() {
    return Map.copyOf(armed);
  }

  /** Whether the SCF sent ApplyCharging. */
  public boolean chargingRequested() {
    return chargingRequested;
  }

  void startTimer(Timer timer) {
    this.responseTimer = timer;
  }

  // ---- events from the switch ----

  /**
   * The switch met BCSM event {@code type} on {@code leg}: when the SCF armed it, an
   * EventReportBCSM goes to the SCF (messageType request for interrupted, notification otherwise)
   * and the event is disarmed; after the last armed event, or a disconnect or abandon, the dialogue
   * ends. Returns whether a report was sent.
   *
   * <p>Interrupted mode is reported but the call is not suspended: this SSF does not wait for
   * further instructions after its decision.
   */
  public boolean reportEvent(EventTypeBcsm type, LegId leg) {
    if (state != SsfState.MONITORING) {
      return false;
    }
    BcsmEvent e = armed.remove(type);
    if (e == null) {
      return false;
    }
    MiscCallInfo info =
        e.monitorMode() == MonitorMode.INTERRUPTED
            ? MiscCallInfo.REQUEST
            : MiscCallInfo.NOTIFICATION;
    dialogue.invoke(
        InapOperation.EVENT_REPORT_BCSM.opCode(),
        InapCodec.encode(EventReportBcsmArg.of(type, leg, info)),
        OperationClass.CLASS_2,
        service.config().invokeTimeout());
    boolean last =
        armed.isEmpty()
            || type == EventTypeBcsm.O_DISCONNECT
            || type == EventTypeBcsm.T_DISCONNECT
            || type == EventTypeBcsm.O_ABANDON
            || type == EventTypeBcsm.T_ABANDON;
    handle(last ? SsfEvent.LAST_EVENT_REPORTED : SsfEvent.EVENT_REPORTED, null, true);
    return true;
  }

  /**
   * The switch is done with the call (released, or abandoned by the caller during the query): ends
   * the dialogue if still open. While waiting for instructions the query is aborted and no decision
   * is delivered. Safe to call twice.
   */
  public void close() {
    if (state != SsfState.ENDED) {
      handle(SsfEvent.CLOSE, null, false);
    }
  }

  // ---- events from the SCF and the timer (via SsfService) ----

  void received(List<Component> components, boolean open) {
    SsfDecision instruction = null;
    SsfDecision.Reason failure = null;
    boolean queued = false;
    boolean arming = false;
    for (Component c : components) {
      if (c instanceof Invoke inv) {
        ReceivedInvoke r = ReceivedInvoke.of(inv);
        if (r.problem() != null) {
          LOG.debug("query {}: rejecting invoke {}: {}", id(), inv.invokeId(), r.reason());
          service.counters().increment(r.rejectCounter());
          queued |= answer(open, () -> dialogue.reject(inv.invokeId(), r.problem()));
          failure = SsfDecision.Reason.PROTOCOL_ERROR;
          continue;
        }
        InapArgument a = r.argument();
        if (a instanceof ConnectArg con) {
          service.counters().increment(Counter.INSTRUCTIONS);
          instruction = first(instruction, new SsfDecision.Route(con.destinationRoutingAddress()));
        } else if (a instanceof Continue) {
          service.counters().increment(Counter.INSTRUCTIONS);
          instruction = first(instruction, new SsfDecision.Proceed());
        } else if (a instanceof ReleaseCallArg rel) {
          service.counters().increment(Counter.INSTRUCTIONS);
          instruction =
              first(
                  instruction,
                  new SsfDecision.Release(rel.cause(), SsfDecision.Reason.SCF_RELEASED));
        } else if (a instanceof RequestReportBcsmEventArg rrb) {
          arming = true;
          for (BcsmEvent e : rrb.bcsmEvents()) {
            if (e.monitorMode() == MonitorMode.TRANSPARENT) {
              armed.remove(e.eventType());
            } else {
              armed.put(e.eventType(), e);
            }
          }
        } else if (a instanceof ApplyChargingArg) {
          arming = true;
          chargingRequested = true;
        } else {
          service.counters().increment(Counter.RETURN_ERRORS_SENT);
          queued |=
              answer(
                  open,
                  () ->
                      dialogue.returnError(
                          inv.invokeId(),
                          InapError.UNEXPECTED_COMPONENT_SEQUENCE.errorCode(),
                          null));
          failure = SsfDecision.Reason.PROTOCOL_ERROR;
        }
      } else if (c instanceof ReturnError) {
        service.counters().increment(Counter.RETURN_ERRORS_RECEIVED);
        failure = failure == null ? SsfDecision.Reason.SCF_ERROR : failure;
      } else if (c instanceof Reject) {
        service.counters().increment(Counter.REJECTS_RECEIVED);
        failure = failure == null ? SsfDecision.Reason.PROTOCOL_ERROR : failure;
      }
    }
    if (!open && failure == null && instruction == null) {
      failure = SsfDecision.Reason.SCF_ABORT;
    }
    SsfEvent event;
    SsfDecision outcome;
    if (failure != null) {
      event = SsfEvent.FAILURE;
      outcome = new SsfDecision.Release(service.config().failureCause(), failure);
    } else if (state == SsfState.MONITORING && instruction instanceof SsfDecision.Release rel) {
      event = SsfEvent.RELEASE_DURING_CALL;
      outcome = rel;
    } else if (instruction != null && state == SsfState.WAITING_FOR_INSTRUCTIONS) {
      boolean monitor = open && !armed.isEmpty() && !(instruction instanceof SsfDecision.Release);
      event = monitor ? SsfEvent.INSTRUCTION_WITH_MONITORING : SsfEvent.INSTRUCTION;
      outcome = instruction;
    } else if (arming || instruction != null) {
      event = SsfEvent.ARMING_ONLY;
      outcome = null;
    } else {
      if (queued && dialogue.isOpen()) {
        dialogue.continueWith();
      }
      return;
    }
    handle(event, outcome, open && queued);
  }

  void aborted(SsfDecision.Reason reason) {
    handle(
        SsfEvent.FAILURE, new SsfDecision.Release(service.config().failureCause(), reason), false);
  }

  void timedOut() {
    responseTimer = null;
    handle(SsfEvent.TSSF_EXPIRED, null, false);
  }

  /**
   * Applies one event: the next state from {@link SsfMachine} and the transition's actions.
   *
   * @param outcome the decision or release the event carries, or null
   * @param flush whether components are queued on the dialogue to send
   */
  private void handle(SsfEvent event, SsfDecision outcome, boolean flush) {
    SsfState from = state;
    SsfState to = SsfMachine.next(from, event);
    if (to == null) {
      service.counters().increment(Counter.UNEXPECTED_EVENTS);
      return;
    }
    state = to;
    switch (event) {
      case INSTRUCTION, INSTRUCTION_WITH_MONITORING -> decide(outcome);
      case FAILURE -> {
        if (from == SsfState.WAITING_FOR_INSTRUCTIONS) {
          decide(outcome);
        }
      }
      case TSSF_EXPIRED -> {
        service.counters().increment(Counter.RESPONSE_TIMEOUTS);
        decide(
            new SsfDecision.Release(
                service.config().timeoutCause(), SsfDecision.Reason.SCF_TIMEOUT));
      }
      case RELEASE_DURING_CALL ->
          service.deliverRelease(this, listener, ((SsfDecision.Release) outcome).cause());
      case ARMING_ONLY -> {
        if (from == SsfState.WAITING_FOR_INSTRUCTIONS) {
          restartTimer();
        }
      }
      default -> {}
    }
    if (to == SsfState.ENDED) {
      boolean abort =
          event == SsfEvent.TSSF_EXPIRED
              || (event == SsfEvent.CLOSE && from == SsfState.WAITING_FOR_INSTRUCTIONS);
      finish(abort);
    } else if (flush || event == SsfEvent.EVENT_REPORTED) {
      dialogue.continueWith();
    }
  }

  /** Delivers the one decision of this call. */
  private void decide(SsfDecision d) {
    if (decision != null) {
      return;
    }
    decision = d;
    cancelTimer();
    service.deliver(this, listener, d);
  }

  private void restartTimer() {
    if (responseTimer != null) {
      responseTimer.cancel();
      startTimer(service.scheduleResponseTimer(this));
    }
  }

  private void cancelTimer() {
    if (responseTimer != null) {
      responseTimer.cancel();
      responseTimer = null;
    }
  }

  /** Entering ENDED: the timer stops, nothing stays armed, the dialogue closes. */
  private void finish(boolean abort) {
    cancelTimer();
    armed.clear();
    if (dialogue != null && dialogue.isOpen()) {
      if (abort) {
        dialogue.userAbort(null);
      } else {
        dialogue.end();
      }
    }
    service.ended(this);
  }

  private static SsfDecision first(SsfDecision current, SsfDecision candidate) {
    return current != null ? current : candidate;
  }

  private boolean answer(boolean open, Runnable send) {
    if (open) {
      send.run();
    } else {
      service.counters().increment(Counter.DISCARDED_AFTER_END);
    }
    return open;
  }

  @Override
  public String toString() {
    return "SsfCall[" + id() + " " + state + " " + decision + "]";
  }
}
