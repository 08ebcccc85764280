package org.ss7sim.simulator.node.ssp;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.node.Addresses;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.gsm.AddressString;

/**
 * The gateway MSC function of a switch (DESIGN.md §3 flow 4, TS 23.018 §7.2): for a call to a
 * mobile number it asks the subscriber's HLR, addressed by the number as global title, for routing
 * information (MAP SendRoutingInfo, TS 29.002 §10.1); the HLR gets a roaming number from the
 * serving VLR and the switch routes the call to it. The switch's MAP runs on SSN 8 and is addressed
 * by point code, so the HLR's answer needs no translation.
 */
final class Gmsc {
  /** What a routing interrogation gives: a roaming number, or the Q.850 cause to release with. */
  sealed interface Routing {
    record Roaming(String msrn) implements Routing {}

    record Failed(String cause) implements Routing {}
  }

  private final MapStack map;
  private final SccpAddress self;
  private final String ownNumber;
  private int open;

  Gmsc(Node config, TcapStack tcap) {
    this.map =
        new MapStack(
            tcap,
            (d, id, op, arg) -> {
              d.returnError(id, MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
              d.close();
            },
            MapConfig.defaults());
    String gt = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    this.self =
        new SccpAddress(
            RoutingIndicator.ROUTE_ON_SSN,
            config.pointCode().orElseThrow(),
            Ssn.MSC,
            gt.isEmpty() ? null : GlobalTitle.e164(gt));
    this.ownNumber = gt.isEmpty() ? String.valueOf(config.pointCode().orElseThrow().value()) : gt;
  }

  /** SendRoutingInfo for {@code msisdn}; {@code answer} runs on the node's thread. */
  void sendRoutingInfo(String msisdn, Consumer<Routing> answer) {
    MapDialogue d =
        map.open(
            self, Addresses.gt(msisdn, Ssn.HLR), MapApplicationContext.LOCATION_INFO_RETRIEVAL, 3);
    open++;
    d.invoke(
        MapOperations.SEND_ROUTING_INFO,
        SendRoutingInfoArg.of(
            AddressString.international(msisdn), 0, AddressString.international(ownNumber)),
        outcome -> {
          open--;
          answer.accept(routing(outcome));
        });
    d.send();
  }

  private static Routing routing(Confirmation<SendRoutingInfoRes> outcome) {
    if (outcome instanceof Confirmation.Result<SendRoutingInfoRes> r
        && r.result() != null
        && r.result().roamingNumber() != null) {
      return new Routing.Roaming(r.result().roamingNumber().digits());
    }
    if (outcome instanceof Confirmation.Error<?> e) {
      return new Routing.Failed(
          switch (e.error().code()) {
            case ABSENT_SUBSCRIBER -> Causes.q850(20);
            case UNKNOWN_SUBSCRIBER -> Causes.q850(1);
            case BUSY_SUBSCRIBER -> Causes.q850(17);
            default -> e.error().code().name().toLowerCase(Locale.ROOT);
          });
    }
    return new Routing.Failed(outcome.succeeded() ? "no_roaming_number" : "no_response");
  }

  /** Interrogations waiting for the HLR. */
  int open() {
    return open;
  }

  static List<String> leaks(Gmsc g) {
    return g == null || g.open == 0 ? List.of() : List.of(g.open + " SRI interrogations open");
  }
}
