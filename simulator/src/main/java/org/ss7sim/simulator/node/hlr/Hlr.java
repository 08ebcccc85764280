package org.ss7sim.simulator.node.hlr;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.map.auth.AuthenticationCentre;
import org.ss7sim.map.auth.AuthenticationQuintuplet;
import org.ss7sim.map.auth.Milenage;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.AlertServiceCentreArg;
import org.ss7sim.map.message.AnyTimeInterrogationArg;
import org.ss7sim.map.message.AnyTimeInterrogationRes;
import org.ss7sim.map.message.AuthenticationSetList;
import org.ss7sim.map.message.LocationInfoWithLmsi;
import org.ss7sim.map.message.ProvideRoamingNumberArg;
import org.ss7sim.map.message.ProvideRoamingNumberRes;
import org.ss7sim.map.message.ReportSmDeliveryStatusArg;
import org.ss7sim.map.message.ReportSmDeliveryStatusRes;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.message.SendAuthenticationInfoArg;
import org.ss7sim.map.message.SendAuthenticationInfoRes;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.map.message.SubscriberInfo;
import org.ss7sim.map.message.UssdArg;
import org.ss7sim.map.message.UssdRes;
import org.ss7sim.map.message.UssdString;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.TypedMapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Addresses;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * A home location register (DESIGN.md §3 flows 3 and 4, TS 29.002 §10–§12): answers
 * SendRoutingInfoForSM with the IMSI and the serving MSC, or absentSubscriberSM; SendRoutingInfo
 * with a roaming number it asks the serving VLR for (ProvideRoamingNumber); anyTimeInterrogation
 * with the subscriber state; SendAuthenticationInfo with Milenage quintuplets from the subscriber's
 * K and OPc; records ReportSM-DeliveryStatus as the message waiting data (the only source of it);
 * answers USSD requests (processUnstructuredSS-Request); and when an absent subscriber becomes
 * reachable sends alertServiceCentre to every SMSC waiting for it.
 */
public final class Hlr implements NodeLogic, TypedMapUser {
  private final Node config;
  private final Subscribers subscribers;
  private final UssdMenus menus;
  private SimNode node;
  private MapStack map;
  private final RegisteredLocations locations;
  private final SupplementaryServices services;
  private NetworkUssd networkUssd;

  /** MSISDN → service centre addresses with messages waiting (MWD, TS 23.040 §3.2.6). */
  private final Map<String, Set<String>> waiting = new HashMap<>();

  private String ownGt;
  private final java.util.Random random = new java.util.Random(1);
  private long sqn = 32;

  public Hlr(Node config, Subscribers subscribers) {
    this.config = config;
    var data = config.data(org.ss7sim.simulator.config.network.KindData.HlrData.class);
    this.menus = new UssdMenus(data == null ? List.of() : data.ussdMenus());
    this.subscribers = subscribers;
    this.locations = new RegisteredLocations(subscribers);
    this.services = new SupplementaryServices(subscribers);
  }

  @Override
  public void start(SimNode node) {
    this.node = node;
    this.ownGt = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    map = new MapStack(node.tcap(Ssn.HLR.value()).orElseThrow(), this, MapConfig.defaults());
    networkUssd = new NetworkUssd(node, map, ownGt, subscribers, locations);
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
  public void onInvocation(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    InvokeId id = inv.invokeId();
    switch (inv.mapOperation()) {
      case SEND_ROUTING_INFO_FOR_SM -> {
        RoutingInfoForSmArg a =
            inv.as(MapOperations.SEND_ROUTING_INFO_FOR_SM).orElseThrow().argument();
        String msisdn = a.msisdn().digits();
        Optional<Subscribers.Record> r = subscribers.byMsisdn(msisdn);
        if (r.isEmpty() || !r.get().hlr().equals(config.name())) {
          d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
        } else if (subscribers.state(msisdn) == SubscriberState.ABSENT) {
          // no message waiting data here: the SMSC reports it (ReportSM-DeliveryStatus below)
          d.returnError(id, MapError.absentSubscriberSm(1));
        } else if (locations.isPurged(r.get())) {
          // TS 23.040 §3.3.2: diagnostic 4, MS purged for non-GPRS
          d.returnError(id, MapError.absentSubscriberSm(4));
        } else {
          String msc = locations.of(r.get()).mscNumber();
          d.returnResult(
              id,
              RoutingInfoForSmRes.of(
                  new Imsi(r.get().imsi()),
                  LocationInfoWithLmsi.of(AddressString.international(msc))));
        }
        d.close();
      }
      case SEND_ROUTING_INFO ->
          sendRoutingInfo(d, id, inv.as(MapOperations.SEND_ROUTING_INFO).orElseThrow().argument());
      case SEND_IMSI -> {
        // TS 29.002 §8.9.1: the IMSI of an MSISDN, for the VLR's operation and maintenance
        Optional<Subscribers.Record> r =
            subscribers
                .byMsisdn(
                    inv.as(MapOperations.SEND_IMSI).orElseThrow().argument().msisdn().digits())
                .filter(x -> x.hlr().equals(config.name()));
        if (r.isEmpty()) {
          d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
        } else {
          d.returnResult(id, new org.ss7sim.map.message.SendImsiRes(new Imsi(r.get().imsi())));
        }
        d.close();
      }
      case REGISTER_SS, ERASE_SS, ACTIVATE_SS, DEACTIVATE_SS, INTERROGATE_SS ->
          supplementaryService(inv);
      case UPDATE_LOCATION ->
          updateLocation(d, id, inv.as(MapOperations.UPDATE_LOCATION).orElseThrow().argument());
      case PURGE_MS -> purgeMs(d, id, inv.as(MapOperations.PURGE_MS).orElseThrow().argument());
      case ANY_TIME_INTERROGATION -> {
        AnyTimeInterrogationArg a =
            inv.as(MapOperations.ANY_TIME_INTERROGATION).orElseThrow().argument();
        Optional<Subscribers.Record> r =
            a.subscriberIdentity().msisdn() != null
                ? subscribers.byMsisdn(a.subscriberIdentity().msisdn().digits())
                : subscribers.byImsi(a.subscriberIdentity().imsi().digits());
        if (r.isEmpty()) {
          d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
        } else {
          boolean purged = locations.isPurged(r.get());
          boolean reachable =
              !purged && subscribers.state(r.get().msisdn()) != SubscriberState.ABSENT;
          // notReachableReason: msPurged 0, imsiDetached 1 (TS 29.002 §17.7.1)
          org.ss7sim.map.common.SubscriberState st =
              new org.ss7sim.map.common.SubscriberState(
                  reachable
                      ? org.ss7sim.map.common.SubscriberState.Kind.ASSUMED_IDLE
                      : org.ss7sim.map.common.SubscriberState.Kind.NET_DET_NOT_REACHABLE,
                  reachable ? -1 : purged ? 0 : 1);
          d.returnResult(
              id,
              AnyTimeInterrogationRes.of(
                  new SubscriberInfo(
                      a.requestedInfo().locationInformation() ? location(r.get()) : null,
                      st,
                      null,
                      null,
                      List.of())));
        }
        d.close();
      }
      case SEND_AUTHENTICATION_INFO -> {
        SendAuthenticationInfoArg a =
            inv.as(MapOperations.SEND_AUTHENTICATION_INFO).orElseThrow().argument();
        Optional<org.ss7sim.simulator.config.network.Subscriber> block =
            subscribers.blockOfImsi(a.imsi().digits());
        if (block.isEmpty()) {
          d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
        } else {
          AuthenticationCentre auc =
              new AuthenticationCentre(new Milenage(block.get().ki(), block.get().opc()));
          int n =
              a.numberOfRequestedVectors() == null ? 1 : Math.min(5, a.numberOfRequestedVectors());
          List<AuthenticationQuintuplet> vectors = new java.util.ArrayList<>();
          for (int i = 0; i < n; i++) {
            byte[] rand = new byte[16];
            random.nextBytes(rand);
            sqn = AuthenticationCentre.nextSqn(sqn);
            vectors.add(auc.quintuplet(Octets.wrap(rand), sqn, Octets.fromHex("8000")));
          }
          d.returnResult(
              id,
              new SendAuthenticationInfoRes(
                  new AuthenticationSetList(null, vectors), null, false, List.of()));
        }
        d.close();
      }
      case PROCESS_UNSTRUCTURED_SS_REQUEST ->
          ussd(
              d,
              id,
              inv.as(MapOperations.PROCESS_UNSTRUCTURED_SS_REQUEST).orElseThrow().argument());
      case REPORT_SM_DELIVERY_STATUS -> {
        reportDeliveryStatus(
            inv.as(MapOperations.REPORT_SM_DELIVERY_STATUS).orElseThrow().argument());
        d.returnResult(id, d.version() >= 3 ? ReportSmDeliveryStatusRes.of() : null);
        d.close();
      }
      default -> {
        d.returnError(id, MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
        d.close();
      }
    }
  }

  /**
   * SendRoutingInfo for a call (DESIGN.md §3 flow 4, TS 29.002 §10.1, TS 23.018 §7.2.2): in this
   * order,
   *
   * <ol>
   *   <li>a subscriber with a T-CSI, asked by a GMSC that offers CAMEL (camelInfo) without
   *       suppress-T-CSI, gets camelRoutingInfo with the T-CSI (and the forwarding data when CFU is
   *       active) — the GMSC asks the gsmSCF, then again with suppress-T-CSI (TS 23.078 §4.5.2);
   *   <li>CFU active: forwardingData with the forwarded-to number, no roaming number;
   *   <li>a subscriber the HLR knows is not reachable: forwardingData of CFNRc when active (TS
   *       23.082 §3.2), else absentSubscriber;
   *   <li>otherwise ProvideRoamingNumber to the serving VLR: its roaming number, or its error —
   *       absentSubscriber turned into CFNRc's forwardingData when that is active.
   * </ol>
   */
  private void sendRoutingInfo(MapDialogue d, InvokeId id, SendRoutingInfoArg a) {
    String msisdn = a.msisdn().digits();
    Optional<Subscribers.Record> r = subscribers.byMsisdn(msisdn);
    if (r.isEmpty() || !r.get().hlr().equals(config.name())) {
      d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
      d.close();
      return;
    }
    String imsi = r.get().imsi();
    Optional<String> forwarded = services.forwardedTo(imsi);
    Optional<org.ss7sim.map.message.TCsi> tCsi = terminatingCsi(r.get(), a);
    if (tCsi.isPresent()) {
      d.returnResult(
          id,
          new SendRoutingInfoRes(
              new Imsi(imsi),
              null,
              null,
              List.of(
                  org.ss7sim.map.message.Elements.camelRoutingInfo(
                      new org.ss7sim.map.message.CamelRoutingInfo(
                          forwarded.map(SupplementaryServices::forwardingDataOf).orElse(null),
                          new org.ss7sim.map.message.GmscCamelSubscriptionInfo(
                              tCsi.get(), null, null, List.of()),
                          null,
                          List.of())))));
      d.close();
      return;
    }
    if (forwarded.isPresent()) {
      // call forwarding unconditional: the GMSC forwards the call, no roaming number is needed
      answerForwarded(d, id, imsi, forwarded.get());
      return;
    }
    Optional<String> notReachable =
        services.operative(imsi, SupplementaryServices.CFNRC).map(f -> f.number());
    boolean purged = locations.isPurged(r.get());
    if (purged || subscribers.state(msisdn) == SubscriberState.ABSENT) {
      if (notReachable.isPresent()) {
        answerForwarded(d, id, imsi, notReachable.get());
      } else {
        // absentSubscriberReason: imsiDetach 0, purgedMS 3 (TS 29.002 §17.7.7)
        d.returnError(
            id,
            new MapError(
                MapErrorCode.ABSENT_SUBSCRIBER,
                new org.ss7sim.map.error.AbsentSubscriberParam(null, purged ? 3 : 0, List.of())));
        d.close();
      }
      return;
    }
    RegisteredLocations.Location at = locations.of(r.get());
    String vlr = at.vlrNumber();
    MapDialogue prn =
        map.open(
            Addresses.gt(ownGt, Ssn.HLR),
            Addresses.gt(vlr, Ssn.VLR),
            MapApplicationContext.ROAMING_NUMBER_ENQUIRY,
            3);
    prn.invoke(
        MapOperations.PROVIDE_ROAMING_NUMBER,
        ProvideRoamingNumberArg.of(new Imsi(imsi), AddressString.international(at.mscNumber())),
        outcome -> {
          if (outcome instanceof Confirmation.Result<ProvideRoamingNumberRes> res
              && res.result() != null) {
            d.returnResult(
                id,
                new SendRoutingInfoRes(
                    new Imsi(imsi), res.result().roamingNumber(), null, List.of()));
          } else if (outcome instanceof Confirmation.Error<?> e
              && e.error().code() == MapErrorCode.ABSENT_SUBSCRIBER
              && notReachable.isPresent()) {
            answerForwarded(d, id, imsi, notReachable.get());
            return;
          } else if (outcome instanceof Confirmation.Error<?> e) {
            d.returnError(id, e.error());
          } else {
            d.returnError(id, MapError.of(MapErrorCode.SYSTEM_FAILURE));
          }
          d.close();
        });
    node.flows().starting(node.flows().of(d.tcapDialogue()), prn::send);
  }

  private static void answerForwarded(MapDialogue d, InvokeId id, String imsi, String number) {
    d.returnResult(
        id,
        new SendRoutingInfoRes(
            new Imsi(imsi), null, null, List.of(SupplementaryServices.forwardingData(number))));
    d.close();
  }

  /**
   * The T-CSI for a GMSC's SendRoutingInfo (TS 23.078 §4.5.2, TS 29.002 §10.1): when the subscriber
   * has one and the GMSC offered CAMEL phase 2 or later in camelInfo without suppress-T-CSI. A GMSC
   * without camelInfo gets the routing answer of a subscriber without CAMEL.
   */
  private Optional<org.ss7sim.map.message.TCsi> terminatingCsi(
      Subscribers.Record r, SendRoutingInfoArg a) {
    Optional<org.ss7sim.simulator.config.network.CamelCsi> csi = subscribers.tCsi(r.msisdn());
    if (csi.isEmpty() || subscribers.globalTitleOf(csi.get().scf()).isEmpty()) {
      return Optional.empty();
    }
    Optional<org.ss7sim.map.message.CamelInfo> offered;
    try {
      offered = org.ss7sim.map.message.Elements.camelInfo(a);
    } catch (org.ss7sim.wire.MalformedMessageException e) {
      return Optional.empty();
    }
    if (offered.isEmpty() || offered.get().suppressTCsi()) {
      return Optional.empty();
    }
    return Optional.of(InsertedData.tCsi(csi.get(), subscribers));
  }

  /**
   * UpdateLocation (TS 29.002 §8.1.2, §19.1.1; TS 23.012 §4.1.2.3): the HLR stores the new VLR
   * number and MSC number at once, sends CancelLocation (updateProcedure) to the old VLR in a
   * dialogue of its own when the VLR changed, and the subscriber's data to the new VLR with
   * InsertSubscriberData in a TC-CONTINUE of the UpdateLocation dialogue; once the VLR has answered
   * it (in its TC-CONTINUE), the UpdateLocation result goes in the TC-END. An HLR checks nothing
   * else about who is asking — which is what the forged updateLocation of docs/security.md uses.
   */
  private void updateLocation(
      MapDialogue d, InvokeId id, org.ss7sim.map.message.UpdateLocationArg a) {
    Optional<Subscribers.Record> r = subscribers.byImsi(a.imsi().digits());
    if (r.isEmpty() || !r.get().hlr().equals(config.name())) {
      d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
      d.close();
      return;
    }
    String vlr = a.vlrNumber().digits();
    // msc-Number is mandatory from v2 on; a v1 VLR gives it in locationInfo (or not at all)
    String msc = a.mscNumber() != null ? a.mscNumber().digits() : vlr;
    RegisteredLocations.Location before =
        locations.update(r.get(), new RegisteredLocations.Location(vlr, msc));
    if (!before.vlrNumber().isEmpty() && !before.vlrNumber().equals(vlr)) {
      cancelLocation(d, r.get().imsi(), before.vlrNumber());
    }
    d.invoke(
        MapOperations.INSERT_SUBSCRIBER_DATA,
        InsertedData.full(r.get(), subscribers, services.provisioned(r.get().imsi(), null)),
        outcome -> {
          if (!d.isOpen()) {
            return;
          }
          if (outcome.succeeded()) {
            d.returnResult(
                id,
                org.ss7sim.map.message.UpdateLocationRes.of(AddressString.international(ownGt)));
          } else {
            d.returnError(id, MapError.of(MapErrorCode.SYSTEM_FAILURE));
          }
          d.close();
        });
    d.send();
  }

  /**
   * PurgeMS (TS 29.002 §8.1.6, TS 23.012 §3.6.1.4): a VLR that deleted a subscriber's record tells
   * the HLR, which sets "MS purged for non-GPRS" when the VLR number given is the one it holds and
   * then answers freezeTMSI; from any other VLR it changes nothing and answers an empty result. A
   * purged subscriber is absent — SRI-for-SM absentSubscriberSM with diagnostic 4, SRI
   * absentSubscriber with reason purgedMS (or CFNRc's forwarding), ATI netDetNotReachable msPurged
   * — until its next UpdateLocation. Like UpdateLocation it checks nothing else about who asks: a
   * PurgeMS spoofing the serving VLR's number makes the subscriber unreachable.
   */
  private void purgeMs(MapDialogue d, InvokeId id, org.ss7sim.map.message.PurgeMsArg a) {
    Optional<Subscribers.Record> r =
        a.imsi() == null
            ? Optional.empty()
            : subscribers.byImsi(a.imsi().digits()).filter(x -> x.hlr().equals(config.name()));
    if (r.isEmpty()) {
      // unknownSubscriber is among purgeMS's errors from v3 on; v2 has dataMissing
      d.returnError(
          id,
          MapError.of(
              d.version() >= 3 ? MapErrorCode.UNKNOWN_SUBSCRIBER : MapErrorCode.DATA_MISSING));
    } else {
      boolean frozen =
          locations.purge(r.get(), a.vlrNumber() == null ? null : a.vlrNumber().digits());
      if (d.version() >= 3) {
        // v2's purgeMS has no result: the empty TC-END confirms it
        d.returnResult(
            id, new org.ss7sim.map.message.PurgeMsRes(frozen, false, null, false, List.of()));
      }
    }
    d.close();
  }

  /**
   * registerSS, eraseSS, activateSS, deactivateSS and interrogateSS (TS 29.002 §11.2–§11.6) for the
   * subscriber the dialogue's MAP-OPEN destination reference names (its IMSI, §11.1): answered by
   * {@link SupplementaryServices}; when SS data changed, the serving VLR gets it in an
   * InsertSubscriberData of its own ({@link #pushSubscriberData}). A dialogue naming no subscriber
   * of this HLR gets dataMissing.
   */
  private void supplementaryService(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    var open = d.peerOpenInfo();
    Optional<Subscribers.Record> r =
        open == null || open.destinationReference() == null
            ? Optional.empty()
            : subscribers
                .byImsi(open.destinationReference().digits())
                .filter(x -> x.hlr().equals(config.name()));
    if (r.isEmpty()) {
      d.returnError(inv.invokeId(), MapError.of(MapErrorCode.DATA_MISSING));
      d.close();
      return;
    }
    String imsi = r.get().imsi();
    SupplementaryServices.Answer<?> answer;
    var register = inv.as(MapOperations.REGISTER_SS);
    var erase = inv.as(MapOperations.ERASE_SS);
    var activate = inv.as(MapOperations.ACTIVATE_SS);
    var deactivate = inv.as(MapOperations.DEACTIVATE_SS);
    var interrogate = inv.as(MapOperations.INTERROGATE_SS);
    if (register.isPresent()) {
      answer = services.register(imsi, register.get().argument());
    } else if (erase.isPresent()) {
      answer = services.erase(imsi, erase.get().argument());
    } else if (activate.isPresent()) {
      answer = services.activate(imsi, activate.get().argument(), true);
    } else if (deactivate.isPresent()) {
      answer = services.activate(imsi, deactivate.get().argument(), false);
    } else {
      answer = services.interrogate(imsi, interrogate.orElseThrow().argument());
    }
    if (answer.error() != null) {
      d.returnError(inv.invokeId(), answer.error());
    } else {
      d.returnResult(inv.invokeId(), (org.ss7sim.map.message.MapParameter) answer.result());
    }
    d.close();
    if (!answer.changed().isEmpty()) {
      pushSubscriberData(r.get(), answer.changed(), node.flows().of(d.tcapDialogue()));
    }
  }

  /**
   * InsertSubscriberData (TS 29.002 §8.8.1, subscriberDataMngtContext v3) to the VLR serving {@code
   * r} with the SS data of {@code codes}, in a dialogue of its own, in {@code flow}; a subscriber
   * no VLR holds gets none (TS 23.011 §5).
   */
  private void pushSubscriberData(Subscribers.Record r, List<Integer> codes, String flow) {
    String vlr = locations.of(r).vlrNumber();
    if (vlr.isEmpty()) {
      return;
    }
    MapDialogue isd =
        map.open(
            Addresses.gt(ownGt, Ssn.HLR),
            Addresses.gt(vlr, Ssn.VLR),
            MapApplicationContext.SUBSCRIBER_DATA_MNGT,
            3);
    isd.invoke(
        MapOperations.INSERT_SUBSCRIBER_DATA,
        InsertedData.changed(r, services.provisioned(r.imsi(), codes)),
        outcome -> {});
    pushed++;
    node.flows().starting(flow, isd::send);
  }

  private long pushed;

  /** InsertSubscriberData sent because SS data changed (not after an UpdateLocation). */
  public long subscriberDataPushed() {
    return pushed;
  }

  /**
   * CancelLocation to the VLR a subscriber has left (TS 29.002 §8.1.3, cancellationType
   * updateProcedure), in the flow of the UpdateLocation that moved it; the answer changes nothing.
   */
  private void cancelLocation(MapDialogue update, String imsi, String oldVlr) {
    MapDialogue cl =
        map.open(
            Addresses.gt(ownGt, Ssn.HLR),
            Addresses.gt(oldVlr, Ssn.VLR),
            MapApplicationContext.LOCATION_CANCELLATION,
            3);
    cl.invoke(
        MapOperations.CANCEL_LOCATION,
        new org.ss7sim.map.message.CancelLocationArg(
            new org.ss7sim.map.message.Identity(new Imsi(imsi), null),
            0,
            null,
            null,
            false,
            List.of()),
        outcome -> {});
    node.flows().starting(node.flows().of(update.tcapDialogue()), cl::send);
  }

  /** The location information an HLR holds (TS 23.008 §2.4.5/§2.4.6): VLR and MSC number. */
  private org.ss7sim.map.common.LocationInformation location(Subscribers.Record r) {
    RegisteredLocations.Location at = locations.of(r);
    return new org.ss7sim.map.common.LocationInformation(
        null,
        AddressString.international(at.vlrNumber()),
        null,
        null,
        AddressString.international(at.mscNumber()),
        false,
        List.of());
  }

  /**
   * processUnstructuredSS-Request (TS 29.002 §11.9, TS 24.090): a service code with a menu of
   * {@code ussd_menus} is served in the same dialogue ({@link UssdMenus}); any other is answered at
   * once with the HLR's {@code ussd_reply}, or the request's own string when none is configured; a
   * request naming an MSISDN of no subscriber of this HLR gets dataMissing (unknownSubscriber is
   * not among the operation's errors), a string in an alphabet the HLR cannot read unknownAlphabet.
   */
  private void ussd(MapDialogue d, InvokeId id, UssdArg a) {
    String reply =
        config.data(org.ss7sim.simulator.config.network.KindData.HlrData.class).ussdReply();
    String request;
    try {
      int dcs = a.ussdDataCodingScheme().length() > 0 ? a.ussdDataCodingScheme().get(0) : 0;
      request = UssdString.decode(dcs, a.ussdString());
    } catch (org.ss7sim.wire.MalformedMessageException e) {
      d.returnError(id, MapError.of(MapErrorCode.UNKNOWN_ALPHABET));
      d.close();
      return;
    }
    if (a.msisdn() != null && subscribers.byMsisdn(a.msisdn().digits()).isEmpty()) {
      d.returnError(id, MapError.of(MapErrorCode.DATA_MISSING));
      d.close();
      return;
    }
    if (menus.start(d, id, request)) {
      return;
    }
    String text = reply.isEmpty() ? request : reply;
    d.returnResult(
        id, UssdRes.of(Octets.ofUnsigned(UssdString.DCS_GSM7), UssdString.encodeGsm7(text)));
    d.close();
  }

  /**
   * ReportSM-DeliveryStatus (TS 29.002 §12.3, TS 23.040 §10.1 operation 4): the message waiting
   * data is what SMSCs report here, nothing else. absentSubscriber (1), memoryCapacityExceeded (0)
   * or no outcome (MAP v1) put the SMSC's address in the subscriber's MWD list; successfulTransfer
   * (2) takes it out.
   */
  private void reportDeliveryStatus(ReportSmDeliveryStatusArg a) {
    String msisdn = a.msisdn().digits();
    String sc = a.serviceCentreAddress().digits();
    if (Integer.valueOf(2).equals(a.smDeliveryOutcome())) {
      Set<String> centres = waiting.get(msisdn);
      if (centres != null && centres.remove(sc) && centres.isEmpty()) {
        waiting.remove(msisdn);
      }
      return;
    }
    waiting.computeIfAbsent(msisdn, k -> new LinkedHashSet<>()).add(sc);
  }

  /** The subscriber is reachable again: alertServiceCentre to each SMSC waiting (§12.7). */
  private void alert(String msisdn) {
    Set<String> centres = waiting.remove(msisdn);
    if (centres == null) {
      return;
    }
    for (String sc : centres) {
      MapDialogue d =
          map.open(
              Addresses.gt(ownGt, Ssn.HLR),
              Addresses.gt(sc, Ssn.MSC),
              MapApplicationContext.SHORT_MSG_ALERT,
              2);
      d.invoke(
          MapOperations.ALERT_SERVICE_CENTRE,
          AlertServiceCentreArg.of(
              AddressString.international(msisdn), AddressString.international(sc)),
          outcome -> {});
      node.flows().starting("alert-" + msisdn, d::send);
    }
  }

  /**
   * Network-initiated USSD to the handset of {@code msisdn} (scenario kind {@code network_ussd}):
   * {@code prompts} as unstructuredSS-Request one after the other, then {@code notify} (null: none)
   * as unstructuredSS-Notify, in one dialogue with the serving VLR ({@link NetworkUssd}); {@code
   * answers} gets the handset's answers. Runs on the node's thread.
   */
  public void pushUssd(
      String flow,
      String msisdn,
      List<String> prompts,
      String notify,
      java.util.function.Consumer<List<String>> answers,
      org.ss7sim.simulator.node.AttemptListener listener) {
    networkUssd.push(flow, msisdn, prompts, notify, answers, listener);
  }

  /** The VLR number the HLR holds for {@code msisdn}'s subscriber, empty when none. */
  public String servingVlr(String msisdn) {
    return subscribers
        .byMsisdn(msisdn)
        .filter(r -> r.hlr().equals(config.name()))
        .map(r -> locations.of(r).vlrNumber())
        .orElse("");
  }

  /** Message waiting data held now (MSISDNs). */
  public Set<String> waiting() {
    return Set.copyOf(waiting.keySet());
  }
}
