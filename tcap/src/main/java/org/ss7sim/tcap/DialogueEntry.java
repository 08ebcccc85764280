package org.ss7sim.tcap;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.tcap.transaction.WheelEntry;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * What the shell ({@link TcapStack} with its receiving halves {@link TransactionSublayer} and
 * {@link ComponentSublayer}) keeps of one open dialogue: the transaction ids, the state the {@link
 * org.ss7sim.tcap.transaction.DialogueMachine} last returned, the invocations and the components
 * waiting to go out. Only the shell writes it; the TC-user sees it through the {@link Dialogue}
 * handle, which reads. It is also the dialogue's idle-timer wheel entry.
 */
final class DialogueEntry extends WheelEntry {
  final TcapStack shell;
  final int localTid;
  final Dialogue handle;
  int remoteTid;
  byte remoteTidLength;
  DialogueState state = DialogueState.IDLE;
  SccpAddress localAddress;
  SccpAddress remoteAddress;
  ObjectIdentifier applicationContext;

  /** The Begin we received carried an AARQ, so our first answer carries an AARE. */
  boolean answerWithAare;

  byte lastInvokeId;
  PendingInvoke invokes;

  /**
   * Invoke ids of received invokes the TC-user has not answered with its last result, an error or a
   * reject yet: a 256-bit set, allocated with the first received invoke (null while none).
   */
  long[] receivedInvokes;

  ArrayList<Component> outgoing;

  DialogueEntry(
      TcapStack shell, int localTid, SccpAddress local, SccpAddress remote, ObjectIdentifier acn) {
    this.shell = shell;
    this.localTid = localTid;
    this.localAddress = local;
    this.remoteAddress = remote;
    this.applicationContext = acn;
    this.handle = new Dialogue(shell, this);
  }

  TransactionId localTransactionId() {
    return TransactionId.of(localTid);
  }

  TransactionId remoteTransactionId() {
    return remoteTidLength == 0 ? null : new TransactionId(remoteTid, remoteTidLength);
  }

  long id() {
    return localTid & 0xffffffffL;
  }

  PendingInvoke pending(int invokeId) {
    for (PendingInvoke p = invokes; p != null; p = p.next) {
      if (p.invokeId == invokeId) {
        return p;
      }
    }
    return null;
  }

  boolean isReceivedInvokeActive(int invokeId) {
    int i = invokeId & 0xff;
    return receivedInvokes != null && (receivedInvokes[i >>> 6] & (1L << i)) != 0;
  }

  void holdReceivedInvoke(int invokeId) {
    int i = invokeId & 0xff;
    if (receivedInvokes == null) {
      receivedInvokes = new long[4];
    }
    receivedInvokes[i >>> 6] |= 1L << i;
  }

  void releaseReceivedInvoke(int invokeId) {
    int i = invokeId & 0xff;
    if (receivedInvokes != null) {
      receivedInvokes[i >>> 6] &= ~(1L << i);
    }
  }

  void queue(Component c) {
    if (outgoing == null) {
      outgoing = new ArrayList<>(2);
    }
    outgoing.add(c);
  }

  List<Component> drainOutgoing() {
    if (outgoing == null || outgoing.isEmpty()) {
      return List.of();
    }
    List<Component> out = List.copyOf(outgoing);
    outgoing = null;
    return out;
  }

  @Override
  protected void expire() {
    shell.idleTimeout(this);
  }

  @Override
  public String toString() {
    return "Dialogue[" + localTransactionId() + " " + state + " acn=" + applicationContext + "]";
  }
}
