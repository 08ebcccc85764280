package org.ss7sim.simulator.node;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.map.common.AddressString;
import org.ss7sim.map.common.Imsi;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.AlertServiceCentreArg;
import org.ss7sim.map.message.LocationInfoWithLmsi;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.ReportSmDeliveryStatusArg;
import org.ss7sim.map.message.ReportSmDeliveryStatusRes;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.MapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.Flows;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.tcap.component.InvokeId;

/**
 * A home location register (DESIGN.md §3 flow 3, TS 29.002 §12): answers SendRoutingInfoForSM with
 * the IMSI and the serving MSC, or absentSubscriberSM (setting the message waiting data for the
 * asking SMSC); records ReportSM-DeliveryStatus; and when an absent subscriber becomes reachable
 * sends alertServiceCentre to every SMSC waiting for it.
 */
public final class Hlr implements NodeLogic, MapUser {
  private final Node config;
  private final Subscribers subscribers;
  private SimNode node;
  private MapStack map;

  /** MSISDN → service centre addresses with messages waiting (MWD, TS 23.040 §3.2.6). */
  private final Map<String, Set<String>> waiting = new HashMap<>();

  private String ownGt;

  public Hlr(Node config, Subscribers subscribers) {
    this.config = config;
    this.subscribers = subscribers;
  }

  @Override
  public void start(SimNode node) {
    this.node = node;
    this.ownGt = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    map = new MapStack(node.tcap(Ssn.HLR.value()).orElseThrow(), this, MapConfig.defaults());
    subscribers.onChange(
        (r, state) -> {
          if (r.hlr().equals(config.name()) && state == SubscriberState.ATTACHED) {
            node.execute(() -> alert(r.msisdn()));
          }
        });
  }

  @Override
  public void stop() {}

  @Override
  public List<String> leaks() {
    return List.of();
  }

  @Override
  public void onInvoke(MapDialogue d, InvokeId id, MapOperation operation, MapParameter argument) {
    switch (operation) {
      case SEND_ROUTING_INFO_FOR_SM -> {
        RoutingInfoForSmArg a = (RoutingInfoForSmArg) argument;
        String msisdn = a.msisdn().digits();
        Optional<Subscribers.Record> r = subscribers.byMsisdn(msisdn);
        if (r.isEmpty() || !r.get().hlr().equals(config.name())) {
          d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
        } else if (subscribers.state(msisdn) == SubscriberState.ABSENT) {
          if (a.serviceCentreAddress() != null) {
            waiting
                .computeIfAbsent(msisdn, k -> new LinkedHashSet<>())
                .add(a.serviceCentreAddress().digits());
          }
          d.returnError(id, MapError.absentSubscriberSm(1));
        } else {
          String msc = subscribers.globalTitleOf(r.get().msc());
          d.returnResult(
              id,
              RoutingInfoForSmRes.of(
                  new Imsi(r.get().imsi()),
                  LocationInfoWithLmsi.of(AddressString.international(msc))));
        }
        d.close();
      }
      case REPORT_SM_DELIVERY_STATUS -> {
        ReportSmDeliveryStatusArg a = (ReportSmDeliveryStatusArg) argument;
        waiting
            .computeIfAbsent(a.msisdn().digits(), k -> new LinkedHashSet<>())
            .add(a.serviceCentreAddress().digits());
        d.returnResult(id, d.version() >= 3 ? ReportSmDeliveryStatusRes.of() : null);
        d.close();
      }
      default -> {
        d.returnError(id, MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
        d.close();
      }
    }
  }

  /** The subscriber is reachable again: alertServiceCentre to each SMSC waiting (§12.7). */
  private void alert(String msisdn) {
    Set<String> centres = waiting.remove(msisdn);
    if (centres == null) {
      return;
    }
    for (String sc : centres) {
      Flows.enter("alert-" + msisdn);
      MapDialogue d =
          map.open(
              Addresses.gt(ownGt, Ssn.HLR),
              Addresses.gt(sc, Ssn.MSC),
              MapApplicationContext.SHORT_MSG_ALERT,
              2);
      d.invoke(
          MapOperation.ALERT_SERVICE_CENTRE,
          AlertServiceCentreArg.of(
              AddressString.international(msisdn), AddressString.international(sc)),
          outcome -> {});
      d.send();
    }
  }

  /** Message waiting data held now (MSISDNs). */
  public Set<String> waiting() {
    return Set.copyOf(waiting.keySet());
  }
}
