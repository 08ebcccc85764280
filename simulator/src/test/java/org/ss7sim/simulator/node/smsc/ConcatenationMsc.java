package org.ss7sim.simulator.node.smsc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.TypedMapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;

/**
 * A test MSC that takes MT-ForwardSM as TS 29.002 §23.3 describes for a concatenated message: after
 * a segment with moreMessagesToSend it answers with TC-CONTINUE and keeps the dialogue for the next
 * segment; the last segment's result goes in TC-END. It records each segment with the TCAP
 * transaction id of the dialogue that carried it.
 */
final class ConcatenationMsc implements NodeLogic, TypedMapUser {
  record Segment(long dialogue, boolean moreMessagesToSend) {}

  final List<Segment> segments = new CopyOnWriteArrayList<>();

  @Override
  public void start(SimNode node) {
    new MapStack(node.tcap(Ssn.MSC.value()).orElseThrow(), this, MapConfig.defaults());
  }

  @Override
  public void stop() {}

  @Override
  public void onInvocation(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    Optional<Invocation<MtForwardSmArg, MtForwardSmRes>> mt = inv.as(MapOperations.MT_FORWARD_SM);
    if (mt.isEmpty()) {
      inv.returnError(MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
      d.close();
      return;
    }
    boolean more = mt.get().argument().moreMessagesToSend();
    segments.add(new Segment(d.tcapDialogue().id(), more));
    mt.get().returnResult(MtForwardSmRes.of());
    if (more) {
      d.send();
    } else {
      d.close();
    }
  }
}
