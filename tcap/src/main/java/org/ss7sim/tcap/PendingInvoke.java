package org.ss7sim.tcap;

import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.transaction.WheelEntry;

/**
 * An invocation in state operation sent with its invocation timer, or, after its last result or
 * error, in state wait for reject with the reject timer on the same wheel entry (Q.774 §3.2.2).
 * Written only by the shell.
 */
final class PendingInvoke extends WheelEntry {
  final DialogueEntry dialogue;
  final byte invokeId;
  final OperationClass operationClass;
  PendingInvoke next;

  /** In state wait for reject: the id stays reserved until the reject timer runs out. */
  boolean waitingForReject;

  PendingInvoke(DialogueEntry dialogue, int invokeId, OperationClass operationClass) {
    this.dialogue = dialogue;
    this.invokeId = (byte) invokeId;
    this.operationClass = operationClass;
  }

  @Override
  protected void expire() {
    dialogue.shell.invokeTimerExpiry(this);
  }
}
