package org.ss7sim.cap.ssf;

import java.time.Duration;
import java.util.List;
import org.ss7sim.cap.CapCounters.Counter;
import org.ss7sim.cap.ReceivedInvoke;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapError;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.time.Timer;

/**
 * One gsmSSF–gsmSCF relationship (a call's or an MO short message's): the shell of {@link
 * GsmSsfMachine} both share. It turns the gsmSCF's components, the dialogue's end and Tssf into
 * machine events, applies the actions that do not depend on what is controlled (Tssf, activity
 * test, unexpectedComponentSequence, ending the dialogue) and sends what they queued in one TC
 * message; the call or the message applies the rest. Owned by the TCAP stack's thread.
 */
abstract sealed class Relationship permits GsmSsfCall, GsmSsfSms {
  final GsmSsfService service;
  final Dialogue dialogue;
  private GsmSsfState state = GsmSsfState.IDLE;
  private Timer tssf;
  private boolean queued;

  /** The gsmSCF's instruction being handled, and its invoke id. */
  CapArgument operation;

  private InvokeId invokeId;

  Relationship(GsmSsfService service, Dialogue dialogue) {
    this.service = service;
    this.dialogue = dialogue;
  }

  /** The TCAP dialogue id. */
  public long id() {
    return dialogue.id();
  }

  public GsmSsfState state() {
    return state;
  }

  /** The machine event for the gsmSCF's instruction {@code a}, or null when it is out of place. */
  abstract GsmSsfEvent eventFor(CapArgument a);

  /** Applies an action that depends on what is controlled (sending, resuming, arming...). */
  abstract void applyOwn(GsmSsfAction a);

  /** The relationship went back to Idle: forget what was armed. */
  abstract void forget();

  // ---- from the gsmSCF (via GsmSsfService) ----

  /** The components of a TC-CONTINUE ({@code open}) or TC-END. */
  void received(List<Component> components, boolean open) {
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

  /** The dialogue was aborted or could not be delivered. */
  void dialogueGone() {
    if (state != GsmSsfState.IDLE) {
      handle(GsmSsfEvent.DIALOGUE_ENDED);
    }
  }

  private void tssfExpired() {
    tssf = null;
    service.counters().increment(Counter.TSSF_EXPIRIES);
    handle(GsmSsfEvent.TSSF_EXPIRED);
  }

  // ---- the shell ----

  final boolean handleAndFlush(GsmSsfEvent event) {
    boolean taken = handle(event);
    flush();
    return taken;
  }

  /** Applies one event; returns whether the state accepted it. */
  final boolean handle(GsmSsfEvent event) {
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
      forget();
      service.ended(this);
    }
    return event != null && GsmSsfMachine.allowed(from).contains(event);
  }

  private void apply(GsmSsfAction a) {
    switch (a) {
      case START_TSSF -> startTssf(service.config().tssf());
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
      default -> applyOwn(a);
    }
  }

  /** Invokes {@code a} towards the gsmSCF in the next TC message (counted). */
  final void send(CapArgument a) {
    if (!dialogue.isOpen()) {
      service.counters().increment(Counter.DISCARDED_AFTER_END);
      return;
    }
    CapOperation op = a.operation();
    dialogue.invoke(
        op.opCode(), CapCodec.encode(a), op.operationClass(), service.config().invokeTimeout());
    boolean opening = op == CapOperation.INITIAL_DP || op == CapOperation.INITIAL_DP_SMS;
    service.counters().increment(opening ? Counter.INITIAL_DP : Counter.REPORTS);
    queued = true;
  }

  /** Sends what the actions queued, unless the transition already ended the dialogue. */
  final void flush() {
    // before the gsmSCF's first answer the dialogue cannot be continued; that cannot happen in
    // practice (nothing is sent in Waiting_For_Instructions before an instruction arrives)
    if (queued && dialogue.isOpen() && dialogue.remoteTransactionId() != null) {
      dialogue.continueWith();
    }
    queued = false;
  }

  /** The TC-BEGIN carried what the opening queued. */
  final void beginSent() {
    queued = false;
  }

  final void startTssf(Duration d) {
    cancelTssf();
    tssf = service.timers().schedule(d, this::tssfExpired);
  }

  private void cancelTssf() {
    if (tssf != null) {
      tssf.cancel();
      tssf = null;
    }
  }
}
