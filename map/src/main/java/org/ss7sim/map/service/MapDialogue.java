package org.ss7sim.map.service;

import java.util.function.Consumer;
import org.ss7sim.map.dialogue.MapOpenInfo;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.operation.Operation;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.InvokeId;

/**
 * The MAP user's handle on one MAP dialogue (TS 29.002 §15): an application context at a version,
 * over one TCAP dialogue (or, after a version fallback, its successor). Requests are queued and go
 * out with {@link #send()} (MAP-DELIMITER: TC-BEGIN or TC-CONTINUE) or {@link #close()} (MAP-CLOSE:
 * TC-END).
 *
 * <p>The handle keeps no state: every request goes to the {@link MapStack}, which runs {@link
 * MapDialogueMachine} and carries out its actions; the getters read what the stack keeps. States,
 * initiating side: IDLE → (send) DIALOGUE_INITIATED, or AWAITING_ACCEPT when the invokes wait for
 * the peer's TC-CONTINUE (§15.4.2 empty TC-BEGIN) → (first Continue) DIALOGUE_ESTABLISHED → CLOSED.
 * Responding side: DIALOGUE_ESTABLISHED from the Begin on.
 */
public final class MapDialogue {
  private final MapStack stack;
  private final MapDialogueEntry entry;

  MapDialogue(MapStack stack, MapDialogueEntry entry) {
    this.stack = stack;
    this.entry = entry;
  }

  public MapApplicationContext context() {
    return entry.context;
  }

  /** The version in use (lower than asked for after a fallback). */
  public int version() {
    return entry.version;
  }

  public boolean isInitiator() {
    return entry.initiator;
  }

  public SccpAddress localAddress() {
    return entry.localAddress;
  }

  public SccpAddress remoteAddress() {
    return entry.remoteAddress;
  }

  public boolean isOpen() {
    return entry.isOpen();
  }

  /** The dialogue's state in {@link MapDialogueMachine}. */
  public MapDialogueMachine.State state() {
    return entry.state;
  }

  /** The TCAP dialogue currently carrying this MAP dialogue. */
  public Dialogue tcapDialogue() {
    return entry.tc;
  }

  /**
   * MAP-OPEN request parameters: destination and origination references (e.g. the IMSI and the
   * service centre for MT-ForwardSM, TS 29.002 §15.4), sent in the TC-BEGIN's AARQ. Version 2 and 3
   * only.
   */
  public void openInfo(MapOpenInfo info) {
    stack.openInfo(entry, info);
  }

  /** The references the peer sent with its MAP-OPEN, or null. */
  public MapOpenInfo peerOpenInfo() {
    return entry.peerOpenInfo;
  }

  /** Invokes we wait for an answer to. */
  public int pendingCount() {
    return entry.pending.size() + entry.unsent.size();
  }

  /**
   * Queues an operation (MAP service request) through its typed descriptor from {@link
   * org.ss7sim.map.operation.MapOperations}; {@code listener} hears the confirmation once, with the
   * result as the operation's result type.
   *
   * @throws IllegalArgumentException if the operation is not part of this context and version
   */
  public <A extends MapParameter, R> void invoke(
      Operation<A, R> operation, A argument, Consumer<Confirmation<R>> listener) {
    Class<R> resultType = operation.resultType();
    stack.invoke(
        entry,
        operation.operation(),
        argument,
        outcome -> listener.accept(Confirmation.of(outcome, resultType)));
  }

  /**
   * Queues an operation (MAP service request). {@code listener} hears the outcome once.
   *
   * @throws IllegalArgumentException if the operation is not part of this context and version
   * @deprecated untyped: the listener must cast the result; use {@link #invoke(Operation,
   *     MapParameter, Consumer)} with a descriptor from {@link
   *     org.ss7sim.map.operation.MapOperations}
   */
  @Deprecated
  public void invoke(MapOperation operation, MapParameter argument, Consumer<MapOutcome> listener) {
    stack.invoke(entry, operation, argument, listener);
  }

  /** MAP-DELIMITER: sends what is queued, opening the dialogue with TC-BEGIN the first time. */
  public void send() {
    stack.delimiterRequest(entry);
  }

  /**
   * MAP-CLOSE: sends what is queued with TC-END and releases the dialogue. Invokes still waiting
   * for an answer hear NoResponse after this call has returned.
   */
  public void close() {
    stack.closeRequest(entry);
  }

  /** MAP-U-ABORT. Invokes still waiting hear NoResponse after this call has returned. */
  public void abort() {
    stack.abortRequest(entry);
  }

  /** Answers a received invoke with its result (MAP service response). */
  public void returnResult(InvokeId invokeId, MapParameter result) {
    stack.returnResult(entry, invokeId, result);
  }

  /** Answers a received invoke with a MAP error (MAP service response with user error). */
  public void returnError(InvokeId invokeId, MapError error) {
    stack.returnError(entry, invokeId, error);
  }

  @Override
  public String toString() {
    return entry.toString();
  }
}
