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
import org.ss7sim.map.message.AnyTimeInterrogationArg;
import org.ss7sim.map.message.AnyTimeInterrogationRes;
import org.ss7sim.map.message.CancelLocationArg;
import org.ss7sim.map.message.Identity;
import org.ss7sim.map.message.InsertSubscriberDataArg;
import org.ss7sim.map.message.InsertSubscriberDataRes;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.message.ProvideSubscriberInfoArg;
import org.ss7sim.map.message.ProvideSubscriberInfoRes;
import org.ss7sim.map.message.PurgeMsArg;
import org.ss7sim.map.message.RequestedInfo;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
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
 * InsertSubscriberData, and takes every MT-ForwardSM — an intercepted short message). What it
 * obtains is its loot: one line per answer ({@link #loot()}, also logged). It knows the victim's
 * IMSI and serving MSC as a real attacker would after an SRI-SM (the network file's subscriber
 * table). Runs on the node's thread.
 */
public final class Attacker implements NodeLogic, MapUser {
  private static final Logger LOG = LoggerFactory.getLogger(Attacker.class);

  private final Node config;
  private final Map<Integer, MapStack> maps = new HashMap<>();
  private final Map<MapDialogue, Consumer<String>> onNotice = new HashMap<>();
  private final List<String> loot = new ArrayList<>();
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
                  new SubscriberIdentity(null, victimMsisdn), RequestedInfo.of(), own),
              MapApplicationContext.ANY_TIME_ENQUIRY,
              gt(calling, Ssn.MSC),
              gt(msisdn, Ssn.HLR),
              flow,
              what,
              (AnyTimeInterrogationRes res) -> info(res.subscriberInfo()),
              listener);
      case "psi" ->
          send(
              MapOperations.PROVIDE_SUBSCRIBER_INFO,
              ProvideSubscriberInfoArg.of(imsi, RequestedInfo.of()),
              MapApplicationContext.SUBSCRIBER_INFO_ENQUIRY,
              gt(calling, Ssn.HLR),
              gt(v.mscGt(), Ssn.VLR),
              flow,
              what,
              (ProvideSubscriberInfoRes res) -> info(res.subscriberInfo()),
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
              (SendRoutingInfoRes res) ->
                  "imsi="
                      + (res.imsi() == null ? "-" : res.imsi().digits())
                      + " msrn="
                      + (res.roamingNumber() == null ? "-" : res.roamingNumber().digits()),
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
              (RoutingInfoForSmRes res) ->
                  "imsi="
                      + (res.imsi() == null ? "-" : res.imsi().digits())
                      + " msc="
                      + (res.locationInfoWithLmsi() == null
                              || res.locationInfoWithLmsi().networkNodeNumber() == null
                          ? "-"
                          : res.locationInfoWithLmsi().networkNodeNumber().digits()),
              listener);
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

  private static String info(SubscriberInfo si) {
    if (si == null) {
      return "no subscriber info";
    }
    StringBuilder b = new StringBuilder();
    if (si.subscriberState() != null) {
      b.append("state=").append(si.subscriberState().kind().name().toLowerCase(Locale.ROOT));
    }
    if (si.locationInformation() != null) {
      var l = si.locationInformation();
      if (l.vlrNumber() != null) {
        b.append(" vlr=").append(l.vlrNumber().digits());
      }
      if (l.cellGlobalId() != null) {
        b.append(" cell=").append(l.cellGlobalId());
      }
      if (l.ageOfLocationInformation() != null) {
        b.append(" age=").append(l.ageOfLocationInformation());
      }
    }
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
    MapStack map = maps.get(calling.ssn().value());
    if (map == null) {
      map = maps.values().iterator().next();
    }
    MapDialogue d = map.open(calling, called, context, 3);
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
        take(
            "received insertSubscriberData: msisdn="
                + (a.msisdn() == null ? "-" : a.msisdn().digits())
                + " imsi="
                + (a.imsi() == null ? "-" : a.imsi().digits()));
        d.returnResult(id, InsertSubscriberDataRes.of());
        d.send();
      }
      case MT_FORWARD_SM -> {
        take("intercepted mt-forwardSM: text=\"" + text((MtForwardSmArg) argument) + "\"");
        d.returnResult(id, MtForwardSmRes.of());
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

  private static String text(MtForwardSmArg a) {
    try {
      if (SmsTpduCodec.decode(a.smRpUi(), SmsDirection.TO_MOBILE)
          instanceof SmsTpdu.SmsDeliver deliver) {
        return deliver
            .userData()
            .text(deliver.dataCodingScheme(), deliver.userDataHeaderIndicator());
      }
    } catch (org.ss7sim.wire.MalformedMessageException | RuntimeException e) {
      return "?";
    }
    return "?";
  }

  @Override
  public void onNotice(MapDialogue dialogue, String cause) {
    Consumer<String> c = onNotice.get(dialogue);
    if (c != null) {
      c.accept(cause);
    }
  }
}
