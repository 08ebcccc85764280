package org.ss7sim.map.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ss7sim.map.dialogue.MapOpenInfo;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapDialogueMachine.State;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerWriter;

/**
 * What the shell ({@link MapStack} with {@link Answers} and {@link VersionFallback}) keeps of one
 * MAP dialogue: the state {@link MapDialogueMachine} last returned, the TCAP dialogue carrying it,
 * the version, and the invokes queued, sent and received. Only the shell writes it; the MAP user
 * sees it through the {@link MapDialogue} handle.
 */
final class MapDialogueEntry {
  /** An invoke we were asked to send. */
  record Request(MapOperation operation, MapParameter argument, Consumer<MapOutcome> listener) {}

  final MapApplicationContext context;
  final boolean initiator;
  final SccpAddress localAddress;
  final SccpAddress remoteAddress;
  final MapDialogue handle;
  Dialogue tc;
  int version;
  State state;
  final List<Request> unsent = new ArrayList<>();
  final List<Request> beginRequests = new ArrayList<>();
  final Map<Integer, Request> pending = new HashMap<>();
  final Map<Integer, MapOperation> received = new HashMap<>();
  int fallbacks;
  MapOpenInfo openInfo;
  MapOpenInfo peerOpenInfo;

  MapDialogueEntry(
      MapStack stack,
      Dialogue tc,
      MapApplicationContext context,
      int version,
      boolean initiator,
      SccpAddress localAddress,
      SccpAddress remoteAddress) {
    this.tc = tc;
    this.context = context;
    this.version = version;
    this.initiator = initiator;
    this.localAddress = localAddress;
    this.remoteAddress = remoteAddress;
    this.state = initiator ? State.IDLE : State.DIALOGUE_ESTABLISHED;
    this.handle = new MapDialogue(stack, this);
    tc.attach(this);
  }

  boolean isOpen() {
    return state != State.CLOSED;
  }

  /** Hands the queued invokes to TCAP; class 4 operations are confirmed as soon as sent. */
  void pushInvokes(java.util.function.BiConsumer<Request, MapOutcome> confirm) {
    for (Request r : unsent) {
      MapOperation op = r.operation();
      Octets arg = r.argument() == null ? null : encode(op, r.argument(), false, version);
      InvokeId id =
          tc.invoke(OperationCode.local(op.code()), arg, operationClass(op), op.timer().duration());
      if (op.operationClass() == 4) {
        confirm.accept(r, new MapOutcome.Result(null));
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

  @Override
  public String toString() {
    return "MapDialogue[" + context + " v" + version + ", " + state + ", tc " + tc.id() + "]";
  }
}
