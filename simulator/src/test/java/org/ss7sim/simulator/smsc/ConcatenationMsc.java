package org.ss7sim.simulator.smsc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.MapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.tcap.component.InvokeId;

/**
 * A test MSC that takes MT-ForwardSM as TS 29.002 §23.3 describes for a concatenated message: after
 * a segment with moreMessagesToSend it answers with TC-CONTINUE and keeps the dialogue for the next
 * segment; the last segment's result goes in TC-END. It records each segment with the TCAP
 * transaction id of the dialogue that carried it.
 */
final class ConcatenationMsc implements NodeLogic, MapUser {
  record Segment(long dialogue, boolean moreMessagesToSend) {}

  final List<Segment> segments = new CopyOnWriteArrayList<>();

  @Override
  public void start(SimNode node) {
    new MapStack(node.tcap(Ssn.MSC.value()).orElseThrow(), this, MapConfig.defaults());
  }

  @Override
  public void stop() {}

  @Override
  public void onInvoke(MapDialogue d, InvokeId id, MapOperation operation, MapParameter argument) {
    if (operation != MapOperation.MT_FORWARD_SM) {
      d.returnError(id, MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
      d.close();
      return;
    }
    boolean more = ((MtForwardSmArg) argument).moreMessagesToSend();
    segments.add(new Segment(d.tcapDialogue().id(), more));
    d.returnResult(id, MtForwardSmRes.of());
    if (more) {
      d.send();
    } else {
      d.close();
    }
  }
}
