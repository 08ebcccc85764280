package org.ss7sim.simulator.network;

import java.util.function.Supplier;
import org.ss7sim.tcap.Dialogue;

/**
 * One node's side of the {@link FlowTable}: what its logic says about the flows it works for, and
 * the flow of each message it sends, found from the message's identifiers. Used on the node's
 * thread only.
 */
public final class NodeFlows {
  private final FlowTable table;
  private String starting;

  NodeFlows(FlowTable table) {
    this.table = table;
  }

  /**
   * Does {@code work} for {@code flow}: the dialogues it begins (TC-BEGIN) and the circuits it
   * seizes (IAM) belong to the flow. Messages of dialogues and calls that exist already are found
   * by their identifiers, whatever the work.
   */
  public void starting(String flow, Runnable work) {
    starting(
        flow,
        () -> {
          work.run();
          return null;
        });
  }

  /** As {@link #starting(String, Runnable)}, returning what {@code work} returns. */
  public <T> T starting(String flow, Supplier<T> work) {
    String outer = starting;
    starting = flow == null || flow.isEmpty() ? null : flow;
    try {
      return work.get();
    } finally {
      starting = outer;
    }
  }

  /** The flow a TCAP dialogue of this node belongs to ("" when none is known). */
  public String of(Dialogue d) {
    FlowTable.TcapEnd own =
        new FlowTable.TcapEnd(
            FlowIds.addressKey(d.localAddress()), d.localTransactionId().unsignedValue());
    FlowTable.TcapEnd peer =
        d.remoteTransactionId() == null
            ? null
            : new FlowTable.TcapEnd(
                FlowIds.addressKey(d.remoteAddress()), d.remoteTransactionId().unsignedValue());
    String f = table.tcap(own, null);
    return f.isEmpty() && peer != null ? table.tcap(null, peer) : f;
  }

  /**
   * The flow of the call on circuit {@code cic} between this node ({@code local}) and {@code
   * remote}, e.g. of an IAM received ("" when none is known).
   */
  public String ofCircuit(
      org.ss7sim.mtp.PointCode local, org.ss7sim.mtp.PointCode remote, int cic) {
    return table.circuit(FlowTable.Circuit.of(local.value(), remote.value(), cic));
  }

  /** The table shared by the run (for the SMPP side). */
  public FlowTable table() {
    return table;
  }

  /** The flow of a message this node sends, from its identifiers. */
  String sending(FlowIds.Ids ids) {
    if (ids instanceof FlowIds.OnCircuit c) {
      if (c.seizes() && starting != null) {
        table.seize(c.circuit(), starting);
        return starting;
      }
      return table.circuit(c.circuit());
    }
    if (ids instanceof FlowIds.InDialogue d) {
      if (d.begins() && starting != null) {
        table.begin(d.own(), starting);
        return starting;
      }
      return table.tcap(d.own(), d.peer());
    }
    return "";
  }

  /** A message this node received (and is the end of): a TC-END or TC-ABORT ends its dialogue. */
  void received(FlowIds.Ids ids) {
    if (ids instanceof FlowIds.InDialogue d && d.ends()) {
      table.ended(d.peer());
    }
  }
}
