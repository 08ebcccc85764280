package org.ss7sim.simulator.node.msc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.ss7sim.map.auth.AuthenticationQuintuplet;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.CancelLocationArg;
import org.ss7sim.map.message.CancelLocationRes;
import org.ss7sim.map.message.Identity;
import org.ss7sim.map.message.InsertSubscriberDataArg;
import org.ss7sim.map.message.InsertSubscriberDataRes;
import org.ss7sim.map.message.ProvideRoamingNumberArg;
import org.ss7sim.map.message.ProvideRoamingNumberRes;
import org.ss7sim.map.message.SendAuthenticationInfoArg;
import org.ss7sim.map.message.SendAuthenticationInfoRes;
import org.ss7sim.map.message.UpdateLocationArg;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.KindData.MscData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.node.Addresses;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The VLR of an {@link Msc}: answers ProvideRoamingNumber with an MSRN from the node's {@code
 * msrn_prefix} (TS 29.002 §10.2) and InsertSubscriberData from the HLR (§8.8.1), and asks the HLR
 * for UpdateLocation (§8.1.2) and SendAuthenticationInfo (§8.5.2). Runs on the node's thread.
 */
final class Vlr {
  private final Node config;
  private final Subscribers subscribers;
  private final Set<String> insertedData = ConcurrentHashMap.newKeySet();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  private final java.util.Map<String, VisitorRecord> visitors = new ConcurrentHashMap<>();
  private MapStack map;
  private org.ss7sim.simulator.config.network.Network network;
  private MscCalls calls;
  private int nextMsrn;

  Vlr(Node config, Subscribers subscribers) {
    this.config = config;
    this.subscribers = subscribers;
  }

  /**
   * Once the node runs: the MSC's MAP stack for requests, its ISUP side for the MSRNs given out.
   */
  void start(MapStack map, MscCalls calls, org.ss7sim.simulator.config.network.Network network) {
    this.network = network;
    this.map = map;
    this.calls = calls;
  }

  /**
   * ProvideRoamingNumber, InsertSubscriberData, CancelLocation and ProvideSubscriberInfo; any other
   * operation is not supported.
   */
  void onInvocation(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    Optional<Invocation<CancelLocationArg, CancelLocationRes>> cl =
        inv.as(MapOperations.CANCEL_LOCATION);
    if (cl.isPresent()) {
      cancelLocation(cl.get());
      return;
    }
    Optional<Invocation<InsertSubscriberDataArg, InsertSubscriberDataRes>> isd =
        inv.as(MapOperations.INSERT_SUBSCRIBER_DATA);
    if (isd.isPresent()) {
      insertSubscriberData(isd.get());
      return;
    }
    Optional<
            Invocation<
                org.ss7sim.map.message.ProvideSubscriberInfoArg,
                org.ss7sim.map.message.ProvideSubscriberInfoRes>>
        psi = inv.as(MapOperations.PROVIDE_SUBSCRIBER_INFO);
    if (psi.isPresent()) {
      provideSubscriberInfo(psi.get());
      return;
    }
    Optional<Invocation<ProvideRoamingNumberArg, ProvideRoamingNumberRes>> prn =
        inv.as(MapOperations.PROVIDE_ROAMING_NUMBER);
    if (prn.isEmpty()) {
      inv.returnError(MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
      d.close();
      return;
    }
    ProvideRoamingNumberArg a = prn.get().argument();
    Optional<Subscribers.Record> r = subscribers.byImsi(a.imsi().digits());
    if (r.isEmpty()
        || cancelled.contains(a.imsi().digits())
        || subscribers.state(r.get().msisdn()) == SubscriberState.ABSENT) {
      // TS 23.018 §7.3.2: a subscriber this VLR does not hold (its location was cancelled) or
      // cannot reach is absent
      inv.returnError(MapError.of(MapErrorCode.ABSENT_SUBSCRIBER));
    } else {
      String prefix = config.data(MscData.class).msrnPrefix();
      nextMsrn = (nextMsrn + 1) % 10_000;
      String msrn = prefix + String.format(Locale.ROOT, "%04d", nextMsrn);
      calls.allocated(msrn, r.get().msisdn());
      prn.get().returnResult(ProvideRoamingNumberRes.of(AddressString.international(msrn)));
    }
    d.close();
  }

  /**
   * InsertSubscriberData from the HLR (TS 29.002 §8.8.1): inside this VLR's UpdateLocation dialogue
   * (answered in a TC-CONTINUE, the HLR ends it) the whole profile, which replaces what the VLR
   * held; in a dialogue of its own (subscriberDataMngtContext) a change, merged into it. A change
   * for a subscriber the VLR does not hold (never updated here, or cancelled) is
   * unidentifiedSubscriber; SS or CAMEL data the VLR cannot read unexpectedDataValue.
   */
  private void insertSubscriberData(
      Invocation<InsertSubscriberDataArg, InsertSubscriberDataRes> inv) {
    MapDialogue d = inv.dialogue();
    InsertSubscriberDataArg a = inv.argument();
    String imsi = a.imsi() == null ? "" : a.imsi().digits();
    boolean inUpdate = d.isInitiator();
    VisitorRecord held = visitors.get(imsi);
    if (!inUpdate
        && (held == null && (cancelled.contains(imsi) || subscribers.byImsi(imsi).isEmpty()))) {
      inv.returnError(MapError.of(MapErrorCode.UNIDENTIFIED_SUBSCRIBER));
      d.close();
      return;
    }
    List<org.ss7sim.map.message.ExtSsInfo> ss;
    org.ss7sim.map.message.VlrCamelSubscriptionInfo camel;
    try {
      ss = org.ss7sim.map.message.Elements.provisionedSs(a);
      camel = org.ss7sim.map.message.Elements.vlrCamel(a).orElse(null);
    } catch (org.ss7sim.wire.MalformedMessageException e) {
      inv.returnError(MapError.of(MapErrorCode.UNEXPECTED_DATA_VALUE));
      d.close();
      return;
    }
    String msisdn = a.msisdn() == null ? null : a.msisdn().digits();
    VisitorRecord base =
        inUpdate || held == null
            ? new VisitorRecord(
                imsi,
                msisdn != null
                    ? msisdn
                    : subscribers.byImsi(imsi).map(Subscribers.Record::msisdn).orElse(""),
                java.util.Map.of(),
                null)
            : held;
    visitors.put(imsi, base.with(msisdn, ss, camel));
    insertedData.add(imsi);
    cancelled.remove(imsi);
    inv.returnResult(InsertSubscriberDataRes.of());
    if (inUpdate) {
      d.send(); // inside our UpdateLocation dialogue (TS 29.002 §19.1.1): the HLR ends it
    } else {
      d.close();
    }
  }

  /**
   * ProvideSubscriberInfo (TS 29.002 §8.11.2, TS 23.018 §7.3.2 process PSI_VLR), which the HLR or a
   * gsmSCF sends — or anyone who knows the IMSI and the VLR's address, the location tracking of
   * docs/security.md: for a subscriber this VLR holds, what was asked of the location (VLR and MSC
   * number, the cell global identity of {@link #cellOf}, age 0) and of the state (assumedIdle, or
   * netDetNotReachable imsiDetached for an absent subscriber). A subscriber the VLR does not hold —
   * unknown, served by another MSC, or its location cancelled — gets dataMissing, the operation's
   * error for it.
   */
  private void provideSubscriberInfo(
      Invocation<
              org.ss7sim.map.message.ProvideSubscriberInfoArg,
              org.ss7sim.map.message.ProvideSubscriberInfoRes>
          inv) {
    var a = inv.argument();
    String imsi = a.imsi() == null ? "" : a.imsi().digits();
    Optional<Subscribers.Record> r = subscribers.byImsi(imsi);
    boolean held =
        !cancelled.contains(imsi)
            && (visitors.containsKey(imsi)
                || r.map(x -> x.msc().equals(config.name())).orElse(false));
    if (r.isEmpty() || !held) {
      inv.returnError(MapError.of(MapErrorCode.DATA_MISSING));
      inv.dialogue().close();
      return;
    }
    var asked = a.requestedInfo();
    org.ss7sim.map.common.LocationInformation location = null;
    if (asked != null && asked.locationInformation()) {
      AddressString own = AddressString.international(ownGlobalTitle());
      location =
          new org.ss7sim.map.common.LocationInformation(
              0, own, cellOf(imsi), null, own, false, List.of());
    }
    org.ss7sim.map.common.SubscriberState state = null;
    if (asked != null && asked.subscriberState()) {
      boolean absent = subscribers.state(r.get().msisdn()) == SubscriberState.ABSENT;
      state =
          absent
              ? new org.ss7sim.map.common.SubscriberState(
                  org.ss7sim.map.common.SubscriberState.Kind.NET_DET_NOT_REACHABLE, 1)
              : new org.ss7sim.map.common.SubscriberState(
                  org.ss7sim.map.common.SubscriberState.Kind.ASSUMED_IDLE, -1);
    }
    inv.returnResult(
        org.ss7sim.map.message.ProvideSubscriberInfoRes.of(
            new org.ss7sim.map.message.SubscriberInfo(location, state, null, null, List.of())));
    inv.dialogue().close();
  }

  /**
   * The cell a subscriber of this VLR is in: the network file has no cells, so one is made up that
   * stays the same for the subscriber — the MCC and a two-digit MNC from its IMSI, the location
   * area from the MSC's point code, the cell identity from the IMSI's last four digits.
   */
  org.ss7sim.map.common.CellGlobalId cellOf(String imsi) {
    int lac = config.pointCode().map(pc -> pc.value() & 0xffff).orElse(1);
    int ci = Integer.parseInt(imsi.substring(Math.max(0, imsi.length() - 4))) + 1;
    return new org.ss7sim.map.common.CellGlobalId(
        imsi.substring(0, 3), imsi.substring(3, 5), lac == 0 ? 1 : lac, ci);
  }

  /** What this VLR holds of {@code imsi} from InsertSubscriberData, if anything. */
  Optional<VisitorRecord> visitor(String imsi) {
    return Optional.ofNullable(visitors.get(imsi));
  }

  /**
   * The O-CSI the VLR applies to calls from {@code msisdn} (TS 23.078 §4.3.1): the one the HLR
   * inserted when it has inserted data here, none when that data has none; the network file's for a
   * subscriber the HLR never updated here (as if inserted before the run).
   */
  Optional<org.ss7sim.simulator.config.network.CamelCsi> oCsi(String msisdn) {
    Optional<VisitorRecord> v = visitorByMsisdn(msisdn);
    if (v.isEmpty()) {
      return subscribers.oCsi(msisdn);
    }
    var c = v.get().camel();
    if (c == null || c.oCsi() == null || c.oCsi().oBcsmCamelTdpDataList().isEmpty()) {
      return Optional.empty();
    }
    var tdp = c.oCsi().oBcsmCamelTdpDataList().get(0);
    return scfNode(tdp.gsmScfAddress().digits())
        .map(
            scf ->
                new org.ss7sim.simulator.config.network.CamelCsi(
                    tdp.serviceKey(), scf, tdp.defaultCallHandling() == 1));
  }

  /** The MO-SMS-CSI the VLR applies to short messages from {@code msisdn}, as {@link #oCsi}. */
  Optional<org.ss7sim.simulator.config.network.CamelCsi> moSmsCsi(String msisdn) {
    Optional<VisitorRecord> v = visitorByMsisdn(msisdn);
    if (v.isEmpty()) {
      return subscribers.moSmsCsi(msisdn);
    }
    var c = v.get().camel();
    if (c == null
        || c.moSmsCsi() == null
        || c.moSmsCsi().smsCamelTdpDataList() == null
        || c.moSmsCsi().smsCamelTdpDataList().isEmpty()) {
      return Optional.empty();
    }
    var tdp = c.moSmsCsi().smsCamelTdpDataList().get(0);
    return scfNode(tdp.gsmScfAddress().digits())
        .map(
            scf ->
                new org.ss7sim.simulator.config.network.CamelCsi(
                    tdp.serviceKey(), scf, tdp.defaultSmsHandling() == 1));
  }

  private Optional<VisitorRecord> visitorByMsisdn(String msisdn) {
    return subscribers.byMsisdn(msisdn).flatMap(r -> visitor(r.imsi()));
  }

  /** The node whose global title is the gsmSCF address of a CSI. */
  private Optional<String> scfNode(String gt) {
    for (org.ss7sim.simulator.config.network.Node n : network.nodes()) {
      if (n.globalTitles().stream().anyMatch(g -> g.digits().equals(gt))) {
        return Optional.of(n.name());
      }
    }
    return Optional.empty();
  }

  /** Whether the HLR cancelled {@code imsi}'s location here since its last data. */
  boolean isCancelled(String imsi) {
    return cancelled.contains(imsi);
  }

  /**
   * CancelLocation from the HLR (TS 29.002 §8.1.3, TS 23.012 §4.1.2.2): the subscriber registered
   * in another VLR, so its data here is deleted; the result (v3) or an empty TC-END (v1/v2) says
   * so. An IMSI the VLR does not know is answered the same way (nothing to delete).
   */
  private void cancelLocation(Invocation<CancelLocationArg, CancelLocationRes> inv) {
    Identity who = inv.argument().identity();
    if (who != null && who.imsi() != null) {
      String imsi = who.imsi().digits();
      insertedData.remove(imsi);
      visitors.remove(imsi);
      cancelled.add(imsi);
    }
    if (inv.dialogue().version() >= 3) {
      inv.returnResult(CancelLocationRes.of());
    }
    inv.dialogue().close();
  }

  /** IMSIs whose location the HLR cancelled here (CancelLocation) since their last data. */
  Set<String> cancelled() {
    return Set.copyOf(cancelled);
  }

  /** IMSIs whose subscriber data the HLR inserted here (InsertSubscriberData). */
  Set<String> insertedData() {
    return Set.copyOf(insertedData);
  }

  /**
   * UpdateLocation of a subscriber to this VLR (TS 29.002 §8.1.2), to its HLR by the HLR's global
   * title; {@code done} gets whether the HLR accepted.
   */
  void updateLocation(String imsi, Consumer<Boolean> done) {
    String own = ownGlobalTitle();
    MapDialogue d =
        map.open(
            Addresses.gt(own, Ssn.VLR),
            Addresses.gt(hlrOf(imsi), Ssn.HLR),
            MapApplicationContext.NETWORK_LOC_UP,
            3);
    d.invoke(
        MapOperations.UPDATE_LOCATION,
        new UpdateLocationArg(
            new Imsi(imsi),
            null,
            AddressString.international(own), // the MSC and its VLR are one node here
            AddressString.international(own),
            null,
            null,
            List.of()),
        outcome -> done.accept(outcome.succeeded()));
    d.send();
  }

  /**
   * A handset's supplementary service request (registerSS, eraseSS, activateSS, deactivateSS,
   * interrogateSS; TS 29.002 §11.1–§11.6) relayed to its HLR in networkFunctionalSsContext v2, the
   * subscriber named by the MAP-OPEN destination reference (its IMSI) and this VLR by the
   * origination reference; {@code done} gets the HLR's answer.
   */
  <A extends org.ss7sim.map.message.MapParameter, R> void supplementaryService(
      String imsi,
      org.ss7sim.map.operation.Operation<A, R> op,
      A argument,
      Consumer<Confirmation<R>> done) {
    String own = ownGlobalTitle();
    MapDialogue d =
        map.open(
            Addresses.gt(own, Ssn.VLR),
            Addresses.gt(hlrOf(imsi), Ssn.HLR),
            MapApplicationContext.NETWORK_FUNCTIONAL_SS,
            2);
    d.openInfo(
        new org.ss7sim.map.dialogue.MapOpenInfo(
            new AddressString(0, AddressString.LAND_MOBILE, imsi),
            AddressString.international(own),
            null,
            List.of()));
    d.invoke(op, argument, done);
    d.send();
  }

  /**
   * SendAuthenticationInfo for a subscriber (TS 29.002 §8.5.2) to its HLR, addressed by the HLR's
   * global title; {@code vectors} gets the quintuplets.
   */
  void authenticate(String imsi, int count, Consumer<List<AuthenticationQuintuplet>> vectors) {
    MapDialogue d =
        map.open(
            Addresses.gt(ownGlobalTitle(), Ssn.VLR),
            Addresses.gt(hlrOf(imsi), Ssn.HLR),
            MapApplicationContext.INFO_RETRIEVAL,
            3);
    SendAuthenticationInfoArg a = SendAuthenticationInfoArg.of(new Imsi(imsi));
    d.invoke(
        MapOperations.SEND_AUTHENTICATION_INFO,
        new SendAuthenticationInfoArg(
            a.imsi(), count, false, false, null, null, null, null, null, false, false, List.of()),
        outcome -> {
          if (outcome instanceof Confirmation.Result<SendAuthenticationInfoRes> r
              && r.result() != null
              && r.result().authenticationSetList() != null
              && r.result().authenticationSetList().quintuplets() != null) {
            vectors.accept(r.result().authenticationSetList().quintuplets());
          } else {
            vectors.accept(List.of());
          }
        });
    d.send();
  }

  private String ownGlobalTitle() {
    return config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
  }

  private String hlrOf(String imsi) {
    return subscribers.byImsi(imsi).map(r -> subscribers.globalTitleOf(r.hlr())).orElse("");
  }
}
