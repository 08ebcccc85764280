package org.ss7sim.map.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ss7sim.map.common.BerCodec;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerWriter;

/**
 * One MAP dialogue (TS 29.002 §15): an application context at a version, over one TCAP dialogue
 * (or, after a version fallback, its successor). Requests are queued and go out with {@link
 * #send()} (MAP-DELIMITER: TC-BEGIN or TC-CONTINUE) or {@link #close()} (MAP-CLOSE: TC-END).
 *
 * <p>States, initiating side: IDLE → (send) INITIATION_SENT, or AWAITING_ACCEPT when the invokes
 * wait for the peer's TC-CONTINUE (§15.4.2 empty TC-BEGIN) → (first Continue) ACTIVE → CLOSED.
 * Responding side: ACTIVE from the Begin on.
 */
public final class MapDialogue {
  enum State {
    IDLE,
    INITIATION_SENT,
    AWAITING_ACCEPT,
    ACTIVE,
    CLOSED
  }

  /** An invoke we were asked to send. */
  record Request(MapOperation operation, MapParameter argument, Consumer<MapOutcome> listener) {}

  private final MapStack stack;
  private final MapApplicationContext context;
  private final boolean initiator;
  private final SccpAddress localAddress;
  private final SccpAddress remoteAddress;
  Dialogue tc;
  int version;
  State state;
  final List<Request> unsent = new ArrayList<>();
  final List<Request> beginRequests = new ArrayList<>();
  final Map<Integer, Request> pending = new HashMap<>();
  final Map<Integer, MapOperation> received = new HashMap<>();
  int fallbacks;
  org.ss7sim.map.dialogue.MapOpenInfo openInfo;
  org.ss7sim.map.dialogue.MapOpenInfo peerOpenInfo;

  MapDialogue(
      MapStack stack,
      Dialogue tc,
      MapApplicationContext context,
      int version,
      boolean initiator,
      SccpAddress localAddress,
      SccpAddress remoteAddress) {
    this.stack = stack;
    this.tc = tc;
    this.context = context;
    this.version = version;
    this.initiator = initiator;
    this.localAddress = localAddress;
    this.remoteAddress = remoteAddress;
    this.state = initiator ? State.IDLE : State.ACTIVE;
    tc.attach(this);
  }

  public MapApplicationContext context() {
    return context;
  }

  /** The version in use (lower than asked for after a fallback). */
  public int version() {
    return version;
  }

  public boolean isInitiator() {
    return initiator;
  }

  public SccpAddress localAddress() {
    return localAddress;
  }

  public SccpAddress remoteAddress() {
    return remoteAddress;
  }

  public boolean isOpen() {
    return state != State.CLOSED;
  }

  /** The TCAP dialogue currently carrying this MAP dialogue. */
  public Dialogue tcapDialogue() {
    return tc;
  }

  /**
   * MAP-OPEN request parameters: destination and origination references (e.g. the IMSI and the
   * service centre for MT-ForwardSM, TS 29.002 §15.4), sent in the TC-BEGIN's AARQ. Version 2 and 3
   * only.
   */
  public void openInfo(org.ss7sim.map.dialogue.MapOpenInfo info) {
    if (state != State.IDLE || !initiator) {
      throw new IllegalStateException("MAP-OPEN parameters only before the dialogue is opened");
    }
    this.openInfo = info;
  }

  /** The references the peer sent with its MAP-OPEN, or null. */
  public org.ss7sim.map.dialogue.MapOpenInfo peerOpenInfo() {
    return peerOpenInfo;
  }

  /** Invokes we wait for an answer to. */
  public int pendingCount() {
    return pending.size() + unsent.size();
  }

  /**
   * Queues an operation (MAP service request). {@code listener} hears the outcome once.
   *
   * @throws IllegalArgumentException if the operation is not part of this context and version
   */
  public void invoke(MapOperation operation, MapParameter argument, Consumer<MapOutcome> listener) {
    requireOpen();
    if (!operation.usedIn(context, version)) {
      throw new IllegalArgumentException(
          operation + " is not an operation of " + context + " v" + version);
    }
    unsent.add(new Request(operation, argument, listener));
  }

  /** MAP-DELIMITER: sends what is queued, opening the dialogue with TC-BEGIN the first time. */
  public void send() {
    requireOpen();
    stack.send(this);
  }

  /** MAP-CLOSE: sends what is queued with TC-END and releases the dialogue. */
  public void close() {
    requireOpen();
    stack.close(this);
  }

  /** MAP-U-ABORT. */
  public void abort() {
    if (isOpen()) {
      stack.abort(this, "aborted by the local user");
    }
  }

  /** Answers a received invoke with its result (MAP service response). */
  public void returnResult(InvokeId invokeId, MapParameter result) {
    requireOpen();
    MapOperation op = received.remove(invokeId.value());
    if (op == null) {
      throw new IllegalArgumentException("no received invoke " + invokeId + " to answer");
    }
    tc.returnResultLast(
        invokeId,
        OperationCode.local(op.code()),
        result == null ? null : encode(op, result, true, version));
  }

  /** Answers a received invoke with a MAP error (MAP service response with user error). */
  public void returnError(InvokeId invokeId, MapError error) {
    requireOpen();
    MapOperation op = received.remove(invokeId.value());
    if (op == null) {
      throw new IllegalArgumentException("no received invoke " + invokeId + " to answer");
    }
    Octets p = error.encodeParameter();
    tc.returnError(invokeId, ErrorCode.local(error.code().code()), p.isEmpty() ? null : p);
  }

  void pushInvokes() {
    for (Request r : unsent) {
      MapOperation op = r.operation();
      Octets arg = r.argument() == null ? null : encode(op, r.argument(), false, version);
      InvokeId id =
          tc.invoke(OperationCode.local(op.code()), arg, operationClass(op), op.timer().duration());
      if (op.operationClass() == 4) {
        r.listener().accept(new MapOutcome.Result(null));
      } else {
        pending.put(id.value(), r);
      }
    }
    unsent.clear();
  }

  /**
   * Rough size of a TC-BEGIN carrying the queued invokes: dialogue portion, headers, parameters.
   */
  int estimatedBeginOctets() {
    int n = version > 1 ? 45 : 12;
    for (Request r : unsent) {
      n +=
          12
              + (r.argument() == null
                  ? 0
                  : encode(r.operation(), r.argument(), false, version).length());
    }
    return n;
  }

  boolean carriesForwardSm() {
    for (Request r : unsent) {
      MapOperation op = r.operation();
      if (op == MapOperation.MT_FORWARD_SM
          || op == MapOperation.MO_FORWARD_SM
          || op == MapOperation.FORWARD_SM) {
        return true;
      }
    }
    return false;
  }

  static OperationClass operationClass(MapOperation op) {
    return OperationClass.values()[op.operationClass() - 1];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Octets encode(MapOperation op, MapParameter value, boolean result, int version) {
    BerCodec codec = result ? op.resultCodec(version).orElseThrow() : op.argumentCodec(version);
    WireWriter w = new WireWriter(128);
    codec.encode(value, codec.tagFor(value, codec.defaultTag()), new BerWriter(w));
    return w.toOctets();
  }

  private void requireOpen() {
    if (state == State.CLOSED) {
      throw new IllegalStateException("MAP dialogue is closed");
    }
  }

  @Override
  public String toString() {
    return "MapDialogue[" + context + " v" + version + ", " + state + ", tc " + tc.id() + "]";
  }
}
