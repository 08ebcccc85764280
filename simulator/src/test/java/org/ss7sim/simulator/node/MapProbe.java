package org.ss7sim.simulator.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ss7sim.map.dialogue.MapOpenInfo;
import org.ss7sim.map.message.CancelLocationRes;
import org.ss7sim.map.message.InsertSubscriberDataRes;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.operation.Operation;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.TypedMapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;

/**
 * A test node that sends any MAP operation it is told to and records what it receives: it answers
 * InsertSubscriberData (in the dialogue it came in: TC-CONTINUE inside its own UpdateLocation,
 * TC-END otherwise) and CancelLocation with a result, anything else with facilityNotSupported —
 * enough to play another VLR, an SMSC or a GMSC in front of the node under test.
 */
public final class MapProbe implements NodeLogic, TypedMapUser {
  private final int ssn;
  private SimNode node;
  private MapStack map;
  private final List<Invocation<?, ?>> received = Collections.synchronizedList(new ArrayList<>());

  public MapProbe(Ssn ssn) {
    this.ssn = ssn.value();
  }

  @Override
  public void start(SimNode node) {
    this.node = node;
    map = new MapStack(node.tcap(ssn).orElseThrow(), this, MapConfig.defaults());
  }

  @Override
  public void stop() {}

  @Override
  public List<String> leaks() {
    return List.of();
  }

  /** The invocations received so far. */
  public List<Invocation<?, ?>> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void onInvocation(Invocation<?, ?> inv) {
    received.add(inv);
    MapDialogue d = inv.dialogue();
    var isd = inv.as(MapOperations.INSERT_SUBSCRIBER_DATA);
    var cl = inv.as(MapOperations.CANCEL_LOCATION);
    if (isd.isPresent()) {
      isd.get().returnResult(InsertSubscriberDataRes.of());
      if (d.isInitiator()) {
        d.send();
        return;
      }
    } else if (cl.isPresent()) {
      cl.get().returnResult(CancelLocationRes.of());
    } else {
      inv.returnError(
          org.ss7sim.map.error.MapError.of(
              org.ss7sim.map.error.MapErrorCode.FACILITY_NOT_SUPPORTED));
    }
    d.close();
  }

  /**
   * Opens a dialogue from {@code fromGt}/{@code fromSsn} to {@code toGt}/{@code toSsn} in {@code
   * flow} and invokes {@code op}; the future completes with the confirmation. Call from any thread;
   * wait with {@code SimNetwork.await}.
   */
  public <A extends MapParameter, R> CompletableFuture<Confirmation<R>> invoke(
      String flow,
      String fromGt,
      Ssn fromSsn,
      String toGt,
      Ssn toSsn,
      MapApplicationContext context,
      int version,
      MapOpenInfo openInfo,
      Operation<A, R> op,
      A argument) {
    CompletableFuture<Confirmation<R>> done = new CompletableFuture<>();
    node.execute(
        () -> {
          MapDialogue d =
              map.open(Addresses.gt(fromGt, fromSsn), Addresses.gt(toGt, toSsn), context, version);
          if (openInfo != null) {
            d.openInfo(openInfo);
          }
          d.invoke(op, argument, done::complete);
          node.flows().starting(flow, d::send);
        });
    return done;
  }
}
