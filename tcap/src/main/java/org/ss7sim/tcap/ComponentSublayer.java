package org.ss7sim.tcap;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ComponentCodec;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeEvent;
import org.ss7sim.tcap.component.InvokeMachine;
import org.ss7sim.tcap.component.InvokeState;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.Envelope;

/**
 * The receiving half of the component sublayer (Q.774 §3.2.2.3): decodes the components of a
 * dialogue message, runs each through its invocation's state machine, and turns the unacceptable
 * ones into Rejects (queued for the peer, and a TC-L-REJECT for the user).
 */
final class ComponentSublayer {
  private ComponentSublayer() {}

  /** Accepted components, in order; local rejects collected in {@code rejects}. */
  static List<Component> receive(TcapStack stack, Dialogue d, Envelope e, List<Reject> rejects) {
    ComponentCodec.Decoded decoded = ComponentCodec.decodeLeniently(e.components());
    List<Component> in = decoded.components();
    List<Component> accepted = in.size() == 0 ? List.of() : new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Component c = in.get(i);
      InvokeEvent event;
      int id;
      if (c instanceof Invoke inv) {
        if (inv.linkedId() == null) {
          accepted.add(c);
          continue;
        }
        event = InvokeEvent.LINKED_INVOKE_RECEIVED;
        id = inv.linkedId().value();
      } else if (c instanceof ReturnResult rr) {
        event =
            rr.last()
                ? InvokeEvent.RETURN_RESULT_LAST_RECEIVED
                : InvokeEvent.RETURN_RESULT_NOT_LAST_RECEIVED;
        id = rr.invokeId().value();
      } else if (c instanceof ReturnError) {
        event = InvokeEvent.RETURN_ERROR_RECEIVED;
        id = c.invokeId().value();
      } else {
        if (c.invokeId() == null) {
          accepted.add(c);
          continue;
        }
        event = InvokeEvent.REJECT_RECEIVED;
        id = c.invokeId().value();
      }
      PendingInvoke p = d == null ? null : d.pending(id);
      InvokeState state = p == null ? InvokeState.IDLE : InvokeState.OPERATION_SENT;
      OperationClass cls = p == null ? OperationClass.CLASS_1 : p.operationClass;
      InvokeMachine.Outcome outcome = InvokeMachine.handle(state, cls, event);
      switch (outcome.action()) {
        case DELIVER, DELIVER_AND_KEEP -> accepted.add(c);
        case DELIVER_AND_RELEASE -> {
          accepted.add(c);
          stack.releaseInvoke(p);
        }
        case REJECT -> rejects.add(new Reject(c.invokeId(), outcome.problem()));
        default -> {
          // timer and cancel events do not come from received components
        }
      }
    }
    if (decoded.problem() != null) {
      stack.counters().badComponents++;
      rejects.add(new Reject(decoded.problem().invokeId(), decoded.problem().problem()));
    }
    return accepted;
  }
}
