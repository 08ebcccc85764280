package org.ss7sim.simulator.node.ssp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ss7sim.cap.message.CalledPartyNumber;
import org.ss7sim.cap.message.CallingPartyNumber;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.ssf.GsmSsfCall;
import org.ss7sim.cap.ssf.GsmSsfConfig;
import org.ss7sim.cap.ssf.GsmSsfListener;
import org.ss7sim.cap.ssf.GsmSsfService;
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
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.node.Addresses;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.TCsi;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;
import org.ss7sim.wire.time.TimerService;

/**
 * The gateway MSC function of a switch (DESIGN.md §3 flow 4, TS 23.018 §7.2): for a call to a
 * mobile number it asks the subscriber's HLR, addressed by the number as global title, for routing
 * information (MAP SendRoutingInfo, TS 29.002 §10.1). The answer is a roaming number (the call goes
 * there), forwarding data (the call is forwarded, TS 23.082 §1.2.1: early call forwarding at the
 * GMSC) or, for a subscriber with a T-CSI, CAMEL routing information (TS 23.078 §4.6.1.2): the
 * gsmSSF then asks the gsmSCF with InitialDP at DP12 termAttemptAuthorized before the call goes on,
 * and a second interrogation with suppress-T-CSI gets the roaming number. The switch's MAP runs on
 * SSN 8 and its gsmSSF on SSN 146, both addressed by point code, so answers need no translation.
 * The switch offers CAMEL (camelInfo in the SRI) only when it has SSN 146.
 */
final class Gmsc {
  /** What a routing interrogation gives. */
  sealed interface Routing {
    /** A roaming number: route the call there. */
    record Roaming(String msrn) implements Routing {}

    /** The subscriber's calls are forwarded: route the call on with redirection information. */
    record Forwarded(ForwardingData forwarding) implements Routing {}

    /** The subscriber has a T-CSI: ask the gsmSCF first. */
    record Camel(TCsi tCsi, String imsi, Optional<ForwardingData> forwarding) implements Routing {}

    /**
     * No routing: release the call.
     *
     * @param cause the outcome's name
     * @param q850 the Q.850 cause to release an ISUP call with
     */
    record Failed(String cause, int q850) implements Routing {}
  }

  private final MapStack map;
  private final GsmSsfService ssf; // null without SSN 146
  private final Network network;
  private final SccpAddress self;
  private final String ownNumber;
  private int open;

  Gmsc(Node config, Network network, TcapStack mapTcap, TcapStack capTcap, TimerService timers) {
    this.network = network;
    this.map =
        new MapStack(
            mapTcap,
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
    this.ssf =
        capTcap == null
            ? null
            : new GsmSsfService(
                    capTcap,
                    timers,
                    GsmSsfConfig.defaults(
                        SccpAddress.ofSsn(config.pointCode().orElseThrow(), Ssn.CAP)))
                .bind();
  }

  /**
   * SendRoutingInfo for {@code msisdn}; {@code answer} runs on the node's thread. With {@code
   * suppressTCsi} (the second interrogation after the gsmSCF let the call continue) the HLR is told
   * not to send the T-CSI again.
   */
  void sendRoutingInfo(String msisdn, boolean suppressTCsi, Consumer<Routing> answer) {
    MapDialogue d =
        map.open(
            self, Addresses.gt(msisdn, Ssn.HLR), MapApplicationContext.LOCATION_INFO_RETRIEVAL, 3);
    open++;
    List<RawElement> camelInfo =
        ssf == null ? List.of() : List.of(ExtendedRoutingInfo.camelInfo(suppressTCsi));
    d.invoke(
        MapOperations.SEND_ROUTING_INFO,
        new SendRoutingInfoArg(
            AddressString.international(msisdn),
            null,
            0, // basicCall
            false,
            null,
            AddressString.international(ownNumber),
            null,
            camelInfo),
        outcome -> {
          open--;
          answer.accept(routing(outcome, suppressTCsi || ssf == null));
        });
    d.send();
  }

  static Routing routing(Confirmation<SendRoutingInfoRes> outcome, boolean noCamel) {
    if (outcome instanceof Confirmation.Result<SendRoutingInfoRes> r && r.result() != null) {
      SendRoutingInfoRes res = r.result();
      if (res.roamingNumber() != null) {
        return new Routing.Roaming(res.roamingNumber().digits());
      }
      try {
        Optional<ForwardingData> forwarding = ExtendedRoutingInfo.forwarding(res.unmodelled());
        if (forwarding.isPresent()) {
          return new Routing.Forwarded(forwarding.get());
        }
        Optional<ExtendedRoutingInfo.CamelRouting> camel =
            ExtendedRoutingInfo.camel(res.unmodelled());
        if (camel.isPresent()) {
          if (camel.get().tCsi().isPresent() && !noCamel) {
            String imsi = res.imsi() == null ? "" : res.imsi().digits();
            return new Routing.Camel(camel.get().tCsi().get(), imsi, camel.get().forwarding());
          }
          if (camel.get().forwarding().isPresent()) {
            return new Routing.Forwarded(camel.get().forwarding().get());
          }
        }
      } catch (MalformedMessageException e) {
        return new Routing.Failed("bad_routing_info", 111);
      }
      return new Routing.Failed("no_roaming_number", 31);
    }
    if (outcome instanceof Confirmation.Error<?> e) {
      return switch (e.error().code()) {
        case ABSENT_SUBSCRIBER -> failed(20);
        case UNKNOWN_SUBSCRIBER -> failed(1);
        case BUSY_SUBSCRIBER -> failed(17);
        case CALL_BARRED -> failed(21);
        default ->
            new Routing.Failed(
                e.error().code().name().toLowerCase(java.util.Locale.ROOT), 31); // TS 29.007
      };
    }
    return new Routing.Failed(outcome.succeeded() ? "no_roaming_number" : "no_response", 41);
  }

  private static Routing.Failed failed(int q850) {
    return new Routing.Failed(Causes.q850(q850), q850);
  }

  /** Whether this switch runs a gsmSSF (has SSN 146). */
  boolean camel() {
    return ssf != null;
  }

  /**
   * The T-CSI met DP12 termAttemptAuthorized (TS 23.078 §4.5.3, TS 29.078 §6.1.1): InitialDP to the
   * CSI's gsmSCF with the called subscriber's number and IMSI, the caller's number and this
   * switch's number; the call waits for the gsmSCF (Tssf) and {@code listener} hears what it said.
   */
  GsmSsfCall initialDp(
      TCsi csi, String msisdn, String calling, String imsi, GsmSsfListener listener) {
    InitialDpArg idp =
        new InitialDpArg(
            csi.serviceKey(),
            CalledPartyNumber.of(CalledPartyNumber.INTERNATIONAL, msisdn),
            calling.isEmpty() ? null : CallingPartyNumber.of(CalledPartyNumber.NATIONAL, calling),
            0x0a, // ordinary calling subscriber
            org.ss7sim.cap.message.EventTypeBcsm.TERM_ATTEMPT_AUTHORIZED,
            imsi.isEmpty() ? null : new Imsi(imsi),
            null,
            AddressString.international(ownNumber),
            null,
            null,
            List.of());
    return ssf.initialDp(scfAddress(csi.gsmScf()), idp, listener);
  }

  /**
   * The gsmSCF of a CSI: the node whose global title the address is, by point code and SSN 146 (the
   * files this simulator reads translate an SCP's global title to its INAP SSN); else routed on the
   * global title with SSN 146.
   */
  private SccpAddress scfAddress(String digits) {
    for (Node n : network.nodes()) {
      if (n.pointCode().isPresent()
          && n.globalTitles().stream().anyMatch(g -> g.digits().equals(digits))) {
        return SccpAddress.ofSsn(n.pointCode().get(), Ssn.CAP);
      }
    }
    return new SccpAddress(
        RoutingIndicator.ROUTE_ON_GT, null, Ssn.CAP, GlobalTitle.e164(digits), false);
  }

  static List<String> leaks(Gmsc g) {
    if (g == null) {
      return List.of();
    }
    List<String> l = new ArrayList<>();
    if (g.open > 0) {
      l.add(g.open + " SRI interrogations open");
    }
    if (g.ssf != null && g.ssf.openCalls() > 0) {
      l.add(g.ssf.openCalls() + " T-CSI relationships open");
    }
    return l;
  }
}
