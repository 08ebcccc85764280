package org.ss7sim.tcap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ComponentCodec;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeEvent;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.InvokeMachine;
import org.ss7sim.tcap.component.InvokeState;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.Envelope;
import org.ss7sim.wire.Octets;

/**
 * The component sublayer (Q.774 §3.2.2.3), part of the stack's shell. Receiving: decodes the
 * components of a dialogue message, runs each through its invocation's state machine ({@link
 * InvokeMachine}), and turns the unacceptable ones into Rejects (queued for the peer, and a
 * TC-L-REJECT for the user). Sending: the TC-user's component requests, queued on the dialogue for
 * its next dialogue request.
 */
final class ComponentSublayer {
  private ComponentSublayer() {}

  /** Accepted components, in order; local rejects collected in {@code rejects}. */
  static List<Component> receive(
      TcapStack stack, DialogueEntry d, Envelope e, List<Reject> rejects) {
    ComponentCodec.Decoded decoded = ComponentCodec.decodeLeniently(e.components());
    List<Component> in = decoded.components();
    List<Component> accepted = in.size() == 0 ? List.of() : new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Component c = in.get(i);
      if (c instanceof Invoke inv) {
        receiveInvoke(d, inv, accepted, rejects);
        continue;
      }
      InvokeEvent event;
      if (c instanceof ReturnResult rr) {
        event =
            rr.last()
                ? InvokeEvent.RETURN_RESULT_LAST_RECEIVED
                : InvokeEvent.RETURN_RESULT_NOT_LAST_RECEIVED;
      } else if (c instanceof ReturnError) {
        event = InvokeEvent.RETURN_ERROR_RECEIVED;
      } else {
        if (c.invokeId() == null) {
          accepted.add(c);
          continue;
        }
        event = InvokeEvent.REJECT_RECEIVED;
      }
      PendingInvoke p = d == null ? null : d.pending(c.invokeId().value());
      InvokeMachine.Outcome outcome = InvokeMachine.handle(stateOf(p), classOf(p), event);
      switch (outcome.action()) {
        case DELIVER, DELIVER_AND_KEEP -> accepted.add(c);
        case DELIVER_AND_RELEASE -> {
          accepted.add(c);
          stack.releaseInvoke(p);
        }
        case DELIVER_AND_WAIT_FOR_REJECT -> {
          accepted.add(c);
          stack.waitForReject(p);
        }
        case REJECT -> rejects.add(new Reject(c.invokeId(), outcome.problem()));
        default -> {
          // timer and user events do not come from received components
        }
      }
    }
    if (decoded.problem() != null) {
      stack.counters().badComponents++;
      rejects.add(new Reject(decoded.problem().invokeId(), decoded.problem().problem()));
    }
    return accepted;
  }

  /**
   * A received Invoke: refused as a duplicate while its invoke id is held by an earlier received
   * invoke the TC-user has not answered (Q.774 §3.2.2.3, invoke problem duplicateInvokeID); a
   * linked one also needs its linked id to name an invocation of ours that is still in operation
   * sent. An accepted invoke holds its id until the TC-user's last answer.
   */
  private static void receiveInvoke(
      DialogueEntry d, Invoke inv, List<Component> accepted, List<Reject> rejects) {
    int id = inv.invokeId().value();
    if (d != null && d.isReceivedInvokeActive(id)) {
      rejects.add(
          new Reject(inv.invokeId(), RejectProblem.InvokeProblem.DUPLICATE_INVOKE_ID.problem()));
      return;
    }
    if (inv.linkedId() != null) {
      PendingInvoke p = d == null ? null : d.pending(inv.linkedId().value());
      InvokeMachine.Outcome outcome =
          InvokeMachine.handle(stateOf(p), classOf(p), InvokeEvent.LINKED_INVOKE_RECEIVED);
      if (outcome.action() == InvokeMachine.Action.REJECT) {
        rejects.add(new Reject(inv.invokeId(), outcome.problem()));
        return;
      }
    }
    if (d != null) {
      d.holdReceivedInvoke(id);
    }
    accepted.add(inv);
  }

  // ---- component requests from the TC-user (Q.771 §3.1) ----

  static InvokeId invoke(
      TcapStack stack,
      DialogueEntry d,
      OperationCode opCode,
      Octets parameter,
      OperationClass operationClass,
      Duration timeout,
      InvokeId linkedId) {
    int id = allocateInvokeId(d);
    PendingInvoke p = new PendingInvoke(d, id, operationClass);
    p.next = d.invokes;
    d.invokes = p;
    stack.registerInvoke(p, timeout);
    InvokeId invokeId = InvokeId.of(id);
    d.queue(new Invoke(invokeId, linkedId, opCode, parameter));
    return invokeId;
  }

  private static int allocateInvokeId(DialogueEntry d) {
    for (int i = 0; i < 256; i++) {
      int candidate = (byte) (d.lastInvokeId + 1 + i);
      if (d.pending(candidate) == null) {
        d.lastInvokeId = (byte) candidate;
        return candidate;
      }
    }
    throw new IllegalStateException("all 256 invoke ids are pending on dialogue " + d.id());
  }

  /** TC-RESULT-L/NL; the last result frees the received invoke's id for the peer. */
  static void returnResult(
      DialogueEntry d, InvokeId invokeId, boolean last, OperationCode opCode, Octets parameter) {
    d.queue(new ReturnResult(invokeId, last, opCode, parameter));
    if (last) {
      d.releaseReceivedInvoke(invokeId.value());
    }
  }

  static void returnError(
      DialogueEntry d, InvokeId invokeId, ErrorCode errorCode, Octets parameter) {
    d.queue(new ReturnError(invokeId, errorCode, parameter));
    d.releaseReceivedInvoke(invokeId.value());
  }

  /**
   * TC-U-REJECT: an invoke problem frees the received invoke's id; a result or error problem for an
   * invocation of ours in wait for reject ends that invocation.
   */
  static void reject(TcapStack stack, DialogueEntry d, InvokeId invokeId, RejectProblem problem) {
    d.queue(new Reject(invokeId, problem));
    if (invokeId == null) {
      return;
    }
    if (problem.type() == RejectProblem.ProblemType.INVOKE) {
      d.releaseReceivedInvoke(invokeId.value());
    } else if (problem.type() != RejectProblem.ProblemType.GENERAL) {
      PendingInvoke p = d.pending(invokeId.value());
      InvokeMachine.Outcome outcome =
          InvokeMachine.handle(stateOf(p), classOf(p), InvokeEvent.USER_REJECT);
      if (outcome.action() == InvokeMachine.Action.RELEASE) {
        stack.releaseInvoke(p);
      }
    }
  }

  static InvokeState stateOf(PendingInvoke p) {
    if (p == null) {
      return InvokeState.IDLE;
    }
    return p.waitingForReject ? InvokeState.WAIT_FOR_REJECT : InvokeState.OPERATION_SENT;
  }

  static OperationClass classOf(PendingInvoke p) {
    return p == null ? OperationClass.CLASS_1 : p.operationClass;
  }
}
