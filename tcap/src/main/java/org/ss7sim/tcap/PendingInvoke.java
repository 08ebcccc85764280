package org.ss7sim.tcap;

import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.transaction.WheelEntry;

/** An invocation in state operation sent, with its invocation timer (Q.774 §3.2.2). */
final class PendingInvoke extends WheelEntry {
  final Dialogue dialogue;
  final byte invokeId;
  final OperationClass operationClass;
  PendingInvoke next;

  PendingInvoke(Dialogue dialogue, int invokeId, OperationClass operationClass) {
    this.dialogue = dialogue;
    this.invokeId = (byte) invokeId;
    this.operationClass = operationClass;
  }

  @Override
  protected void expire() {
    dialogue.stack.invocationTimeout(this);
  }
}
