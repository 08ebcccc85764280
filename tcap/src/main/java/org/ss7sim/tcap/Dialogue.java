package org.ss7sim.tcap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeEvent;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.InvokeMachine;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.tcap.transaction.WheelEntry;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * One TC dialogue: the handle through which the TC-user sends components (TC-INVOKE,
 * TC-RESULT-L/NL, TC-U-ERROR, TC-U-REJECT requests, Q.771 §3.1) and the dialogue requests
 * (TC-BEGIN, TC-CONTINUE, TC-END, TC-U-ABORT, Q.771 §3.2). Components are queued and go out with
 * the next dialogue request, as in Q.771.
 *
 * <pre>{@code
 * Dialogue d = stack.newDialogue(localAddress, hlrAddress, acn);
 * InvokeId id = d.invoke(OperationCode.local(45), argumentBer, OperationClass.CLASS_1, Duration.ofSeconds(30));
 * d.begin();
 * }</pre>
 *
 * All methods must be called on the stack's thread. A request the dialogue's state does not allow
 * throws {@link IllegalStateException}. The dialogue is also its own idle-timer wheel entry, and
 * stays small: about 100 bytes plus 50 per pending invoke.
 */
public final class Dialogue extends WheelEntry {
  final TcapStack stack;
  final int localTid;
  int remoteTid;
  byte remoteTidLength;
  DialogueState state = DialogueState.IDLE;
  SccpAddress localAddress;
  SccpAddress remoteAddress;
  ObjectIdentifier applicationContext;

  /** The Begin we received carried an AARQ, so our first answer carries an AARE. */
  boolean answerWithAare;

  /** We sent an AARQ and have not had the AARE yet. */
  boolean awaitingAare;

  byte lastInvokeId;
  PendingInvoke invokes;

  /**
   * Invoke ids of received invokes the TC-user has not answered with its last result, an error or a
   * reject yet: a 256-bit set, allocated with the first received invoke (null while none).
   */
  long[] receivedInvokes;

  ArrayList<Component> outgoing;
  Object attachment;

  Dialogue(
      TcapStack stack, int localTid, SccpAddress local, SccpAddress remote, ObjectIdentifier acn) {
    this.stack = stack;
    this.localTid = localTid;
    this.localAddress = local;
    this.remoteAddress = remote;
    this.applicationContext = acn;
  }

  /** The dialogue id: this side's transaction id, unique among open dialogues. */
  public long id() {
    return localTid & 0xffffffffL;
  }

  public TransactionId localTransactionId() {
    return TransactionId.of(localTid);
  }

  /** The peer's transaction id, or null before it is known. */
  public TransactionId remoteTransactionId() {
    return remoteTidLength == 0 ? null : new TransactionId(remoteTid, remoteTidLength);
  }

  public DialogueState state() {
    return state;
  }

  public SccpAddress localAddress() {
    return localAddress;
  }

  /** The peer's address; updated from the first answer to our Begin (Q.774 §3.1.3.2). */
  public SccpAddress remoteAddress() {
    return remoteAddress;
  }

  /** The application context name, or null for a dialogue without a dialogue portion. */
  public ObjectIdentifier applicationContext() {
    return applicationContext;
  }

  /** Replaces the application context before {@link #begin()} (e.g. MAP version fallback). */
  public void applicationContext(ObjectIdentifier acn) {
    requireState(DialogueState.IDLE, "set the application context");
    this.applicationContext = acn;
  }

  /** The TC-user's own object for this dialogue (e.g. MAP's dialogue state), or null. */
  public Object attachment() {
    return attachment;
  }

  public void attach(Object userObject) {
    this.attachment = userObject;
  }

  /** Whether the dialogue is still open (not ended, aborted or timed out). */
  public boolean isOpen() {
    return stack.isOpen(this);
  }

  // ---- components (Q.771 §3.1) ----

  /** TC-INVOKE request with the stack's default invocation timer. */
  public InvokeId invoke(OperationCode opCode, Octets parameter, OperationClass operationClass) {
    return invoke(opCode, parameter, operationClass, stack.config().defaultInvokeTimeout(), null);
  }

  /** TC-INVOKE request; {@code parameter} is one complete BER element or null. */
  public InvokeId invoke(
      OperationCode opCode, Octets parameter, OperationClass operationClass, Duration timeout) {
    return invoke(opCode, parameter, operationClass, timeout, null);
  }

  /** TC-INVOKE request linked to the received invoke {@code linkedId}. */
  public InvokeId invoke(
      OperationCode opCode,
      Octets parameter,
      OperationClass operationClass,
      Duration timeout,
      InvokeId linkedId) {
    requireOpen();
    int id = allocateInvokeId();
    PendingInvoke p = new PendingInvoke(this, id, operationClass);
    p.next = invokes;
    invokes = p;
    stack.registerInvoke();
    stack.wheel().schedule(p, timeout);
    InvokeId invokeId = InvokeId.of(id);
    queue(new Invoke(invokeId, linkedId, opCode, parameter));
    return invokeId;
  }

  private int allocateInvokeId() {
    for (int i = 0; i < 256; i++) {
      int candidate = (byte) (lastInvokeId + 1 + i);
      if (pending(candidate) == null) {
        lastInvokeId = (byte) candidate;
        return candidate;
      }
    }
    throw new IllegalStateException("all 256 invoke ids are pending on dialogue " + id());
  }

  PendingInvoke pending(int invokeId) {
    for (PendingInvoke p = invokes; p != null; p = p.next) {
      if (p.invokeId == invokeId) {
        return p;
      }
    }
    return null;
  }

  /** Whether an invocation with this id is waiting for its outcome. */
  public boolean isPending(InvokeId invokeId) {
    PendingInvoke p = pending(invokeId.value());
    return p != null && !p.waitingForReject;
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

  /** TC-RESULT-L request; the invoke id of the received invoke is free again for the peer. */
  public void returnResultLast(InvokeId invokeId, OperationCode opCode, Octets parameter) {
    queue(new ReturnResult(invokeId, true, opCode, parameter));
    releaseReceivedInvoke(invokeId.value());
  }

  /** TC-RESULT-NL request. */
  public void returnResultNotLast(InvokeId invokeId, OperationCode opCode, Octets parameter) {
    queue(new ReturnResult(invokeId, false, opCode, parameter));
  }

  /** TC-U-ERROR request. */
  public void returnError(InvokeId invokeId, ErrorCode errorCode, Octets parameter) {
    queue(new ReturnError(invokeId, errorCode, parameter));
    releaseReceivedInvoke(invokeId.value());
  }

  /**
   * TC-U-REJECT request (e.g. MAP finding a mistyped parameter). An invoke problem frees the
   * received invoke's id; a result or error problem for an invocation of ours in wait for reject
   * ends that invocation.
   */
  public void reject(InvokeId invokeId, RejectProblem problem) {
    queue(new Reject(invokeId, problem));
    if (invokeId == null) {
      return;
    }
    if (problem.type() == RejectProblem.ProblemType.INVOKE) {
      releaseReceivedInvoke(invokeId.value());
    } else if (problem.type() != RejectProblem.ProblemType.GENERAL) {
      PendingInvoke p = pending(invokeId.value());
      InvokeMachine.Outcome outcome =
          InvokeMachine.handle(
              ComponentSublayer.stateOf(p), ComponentSublayer.classOf(p), InvokeEvent.USER_REJECT);
      if (outcome.action() == InvokeMachine.Action.RELEASE) {
        stack.releaseInvoke(p);
      }
    }
  }

  /** TC-U-CANCEL request: forget the invocation without telling the peer. */
  public void cancel(InvokeId invokeId) {
    PendingInvoke p = pending(invokeId.value());
    if (p != null) {
      stack.releaseInvoke(p);
    }
  }

  void queue(Component c) {
    requireOpen();
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

  // ---- dialogue requests (Q.771 §3.2) ----

  /** TC-BEGIN request with the queued components. */
  public void begin() {
    stack.begin(this, null);
  }

  /** TC-BEGIN request with AARQ user information (e.g. MAP-OpenInfo). */
  public void begin(Octets userInformation) {
    stack.begin(this, userInformation);
  }

  /** TC-CONTINUE request; the first answer to a Begin carries the AARE (accepted). */
  public void continueWith() {
    stack.continueWith(this, null);
  }

  public void continueWith(Octets userInformation) {
    stack.continueWith(this, userInformation);
  }

  /** TC-END request, basic end: sends an End with the queued components. */
  public void end() {
    stack.end(this, null, false);
  }

  public void end(Octets userInformation) {
    stack.end(this, userInformation, false);
  }

  /** TC-END request, prearranged end: releases the dialogue without sending anything. */
  public void endPrearranged() {
    stack.end(this, null, true);
  }

  /**
   * TC-U-ABORT request: Abort with an ABRT (user) carrying {@code userInformation} (may be null).
   */
  public void userAbort(Octets userInformation) {
    stack.userAbort(this, userInformation, null);
  }

  /**
   * TC-U-ABORT request refusing a received dialogue because its application context is not
   * supported: the Abort carries an AARE (reject-permanent, application-context-name-not-supported)
   * naming {@code supported}, the context this side offers instead (Q.774 §3.2.2.2).
   */
  public void refuseApplicationContext(ObjectIdentifier supported) {
    requireState(DialogueState.INITIATION_RECEIVED, "refuse the application context");
    stack.userAbort(this, null, supported);
  }

  private void requireOpen() {
    if (!stack.isOpen(this)) {
      throw new IllegalStateException("dialogue " + id() + " is released");
    }
  }

  private void requireState(DialogueState expected, String what) {
    if (state != expected) {
      throw new IllegalStateException("cannot " + what + " in state " + state);
    }
  }

  @Override
  protected void expire() {
    stack.idleTimeout(this);
  }

  @Override
  public String toString() {
    return "Dialogue[" + localTransactionId() + " " + state + " acn=" + applicationContext + "]";
  }
}
