package org.ss7sim.tcap;

import java.time.Duration;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The TC-user's handle on one TC dialogue: through it the user sends components (TC-INVOKE,
 * TC-RESULT-L/NL, TC-U-ERROR, TC-U-REJECT, TC-U-CANCEL requests, Q.771 §3.1) and the dialogue
 * requests (TC-BEGIN, TC-CONTINUE, TC-END, TC-U-ABORT, Q.771 §3.2). Components are queued and go
 * out with the next dialogue request, as in Q.771.
 *
 * <pre>{@code
 * Dialogue d = stack.newDialogue(localAddress, hlrAddress, acn);
 * InvokeId id = d.invoke(OperationCode.local(45), argumentBer, OperationClass.CLASS_1, Duration.ofSeconds(30));
 * d.begin();
 * }</pre>
 *
 * <p>The handle holds no protocol state of its own: every request is passed to the stack (the
 * shell), which runs the dialogue machine and carries out its actions; the getters read what the
 * stack keeps for the dialogue. Indications a request causes reach the TC-user only after the
 * request has returned. The one thing the handle owns is the TC-user's {@link #attachment()}.
 *
 * <p>All methods must be called on the stack's thread. A request the dialogue's state does not
 * allow throws {@link IllegalStateException}.
 */
public final class Dialogue {
  private final TcapStack stack;
  private final DialogueEntry entry;
  private Object attachment;

  Dialogue(TcapStack stack, DialogueEntry entry) {
    this.stack = stack;
    this.entry = entry;
  }

  /** The dialogue id: this side's transaction id, unique among open dialogues. */
  public long id() {
    return entry.id();
  }

  public TransactionId localTransactionId() {
    return entry.localTransactionId();
  }

  /** The peer's transaction id, or null before it is known. */
  public TransactionId remoteTransactionId() {
    return entry.remoteTransactionId();
  }

  public DialogueState state() {
    return entry.state;
  }

  public SccpAddress localAddress() {
    return entry.localAddress;
  }

  /** The peer's address; updated from the first answer to our Begin (Q.774 §3.1.3.2). */
  public SccpAddress remoteAddress() {
    return entry.remoteAddress;
  }

  /** The application context name, or null for a dialogue without a dialogue portion. */
  public ObjectIdentifier applicationContext() {
    return entry.applicationContext;
  }

  /** Replaces the application context before {@link #begin()} (e.g. MAP version fallback). */
  public void applicationContext(ObjectIdentifier acn) {
    stack.applicationContext(entry, acn);
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
    return stack.isOpen(entry);
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
    return stack.invoke(entry, opCode, parameter, operationClass, timeout, linkedId);
  }

  /** Whether an invocation with this id is waiting for its outcome. */
  public boolean isPending(InvokeId invokeId) {
    PendingInvoke p = entry.pending(invokeId.value());
    return p != null && !p.waitingForReject;
  }

  /** TC-RESULT-L request; the invoke id of the received invoke is free again for the peer. */
  public void returnResultLast(InvokeId invokeId, OperationCode opCode, Octets parameter) {
    stack.returnResult(entry, invokeId, true, opCode, parameter);
  }

  /** TC-RESULT-NL request. */
  public void returnResultNotLast(InvokeId invokeId, OperationCode opCode, Octets parameter) {
    stack.returnResult(entry, invokeId, false, opCode, parameter);
  }

  /** TC-U-ERROR request. */
  public void returnError(InvokeId invokeId, ErrorCode errorCode, Octets parameter) {
    stack.returnError(entry, invokeId, errorCode, parameter);
  }

  /**
   * TC-U-REJECT request (e.g. MAP finding a mistyped parameter). An invoke problem frees the
   * received invoke's id; a result or error problem for an invocation of ours in wait for reject
   * ends that invocation.
   */
  public void reject(InvokeId invokeId, RejectProblem problem) {
    stack.reject(entry, invokeId, problem);
  }

  /** TC-U-CANCEL request: forget the invocation without telling the peer. */
  public void cancel(InvokeId invokeId) {
    stack.cancel(entry, invokeId);
  }

  // ---- dialogue requests (Q.771 §3.2) ----

  /** TC-BEGIN request with the queued components. */
  public void begin() {
    stack.begin(entry, null);
  }

  /** TC-BEGIN request with AARQ user information (e.g. MAP-OpenInfo). */
  public void begin(Octets userInformation) {
    stack.begin(entry, userInformation);
  }

  /** TC-CONTINUE request; the first answer to a Begin carries the AARE (accepted). */
  public void continueWith() {
    stack.continueWith(entry, null);
  }

  public void continueWith(Octets userInformation) {
    stack.continueWith(entry, userInformation);
  }

  /** TC-END request, basic end: sends an End with the queued components. */
  public void end() {
    stack.end(entry, null, false);
  }

  public void end(Octets userInformation) {
    stack.end(entry, userInformation, false);
  }

  /** TC-END request, prearranged end: releases the dialogue without sending anything. */
  public void endPrearranged() {
    stack.end(entry, null, true);
  }

  /**
   * TC-U-ABORT request: Abort with an ABRT (user) carrying {@code userInformation} (may be null).
   */
  public void userAbort(Octets userInformation) {
    stack.userAbort(entry, userInformation, null);
  }

  /**
   * TC-U-ABORT request refusing a received dialogue because its application context is not
   * supported: the Abort carries an AARE (reject-permanent, application-context-name-not-supported)
   * naming {@code supported}, the context this side offers instead (Q.774 §3.2.2.2).
   */
  public void refuseApplicationContext(ObjectIdentifier supported) {
    if (entry.state != DialogueState.INITIATION_RECEIVED) {
      throw new IllegalStateException(
          "cannot refuse the application context in state " + entry.state);
    }
    stack.userAbort(entry, null, supported);
  }

  @Override
  public String toString() {
    return entry.toString();
  }
}
