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
  private MapStack map;
  private MscCalls calls;
  private int nextMsrn;

  Vlr(Node config, Subscribers subscribers) {
    this.config = config;
    this.subscribers = subscribers;
  }

  /**
   * Once the node runs: the MSC's MAP stack for requests, its ISUP side for the MSRNs given out.
   */
  void start(MapStack map, MscCalls calls) {
    this.map = map;
    this.calls = calls;
  }

  /**
   * ProvideRoamingNumber, InsertSubscriberData and CancelLocation; any other operation is not
   * supported.
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
      insertedData.add(isd.get().argument().imsi().digits());
      cancelled.remove(isd.get().argument().imsi().digits());
      isd.get().returnResult(InsertSubscriberDataRes.of());
      if (d.isInitiator()) {
        d.send(); // inside our UpdateLocation dialogue (TS 29.002 §19.1.1): the HLR ends it
      } else {
        d.close();
      }
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
    if (r.isEmpty() || subscribers.state(r.get().msisdn()) == SubscriberState.ABSENT) {
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
   * CancelLocation from the HLR (TS 29.002 §8.1.3, TS 23.012 §4.1.2.2): the subscriber registered
   * in another VLR, so its data here is deleted; the result (v3) or an empty TC-END (v1/v2) says
   * so. An IMSI the VLR does not know is answered the same way (nothing to delete).
   */
  private void cancelLocation(Invocation<CancelLocationArg, CancelLocationRes> inv) {
    Identity who = inv.argument().identity();
    if (who != null && who.imsi() != null) {
      String imsi = who.imsi().digits();
      insertedData.remove(imsi);
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
