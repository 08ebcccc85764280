package org.ss7sim.simulator.node.msc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.operation.Operation;
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
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.Octets;

/**
 * An MSC/VLR (DESIGN.md §3 flow 3, TS 29.002 §12.9): MT-ForwardSM (and forwardSM of MAP v1/v2) is
 * delivered to the simulated handset, whose state the scenario controls: attached accepts, absent
 * answers absentSubscriberSM, busy subscriberBusyForMT-SMS, memory full SM delivery failure
 * (memoryCapacityExceeded). Its ISUP side ({@link MscCalls}) takes mobile terminated calls to the
 * roaming numbers its VLR ({@link Vlr}) gives out (flow 4). Each handset keeps the latest {@link
 * #INBOX} TPDUs it accepted (for the exactly-once checks) and counts them all.
 */
public final class Msc implements NodeLogic, TypedMapUser {
  private final Node config;
  private final Subscribers subscribers;
  private MapStack map;
  private final Map<String, Inbox> delivered = new ConcurrentHashMap<>();

  private final MapConfig mapConfig;

  public Msc(Node config, Subscribers subscribers) {
    this(config, subscribers, MapConfig.defaults());
  }

  /** An MSC whose MAP speaks the versions {@code mapConfig} allows (for version fallback). */
  public Msc(Node config, Subscribers subscribers, MapConfig mapConfig) {
    this.config = config;
    this.subscribers = subscribers;
    this.mapConfig = mapConfig;
    this.vlr = new Vlr(config, subscribers);
    this.ussdSessions =
        new UssdHandsets(
            imsi ->
                this.subscribers
                    .byImsi(imsi)
                    .filter(
                        r ->
                            !this.vlr.isCancelled(imsi)
                                && this.subscribers.state(r.msisdn()) != SubscriberState.ABSENT)
                    .map(Subscribers.Record::msisdn));
  }

  private final Vlr vlr;
  private final UssdHandsets ussdSessions;
  private MscCalls calls;

  private SimNode node;

  @Override
  public void start(SimNode node) {
    this.node = node;
    map = new MapStack(node.tcap(Ssn.MSC.value()).orElseThrow(), this, mapConfig);
    calls = new MscCalls(config, subscribers, node);
    vlr.start(map, calls, node.network());
    calls.mobile.csiFrom(vlr::oCsi, vlr::moSmsCsi);
    // the VLR's own SSN: its operations, and network-initiated USSD for its handsets
    node.tcap(Ssn.VLR.value())
        .ifPresent(
            t ->
                new MapStack(
                    t,
                    new TypedMapUser() {
                      @Override
                      public void onInvocation(Invocation<?, ?> inv) {
                        if (!ussdSessions.onInvocation(inv)) {
                          vlr.onInvocation(inv);
                        }
                      }

                      @Override
                      public void onClose(MapDialogue d) {
                        ussdSessions.ended(d);
                      }

                      @Override
                      public void onAbort(MapDialogue d, String reason) {
                        ussdSessions.ended(d);
                      }
                    },
                    MapConfig.defaults()));
  }

  @Override
  public void stop() {}

  @Override
  public List<String> leaks() {
    List<String> leaks = new java.util.ArrayList<>(calls == null ? List.of() : calls.leaks());
    int ussd = ussdSessions.openCount();
    if (ussd > 0) {
      leaks.add(config.name() + ": " + ussd + " USSD session(s) open");
    }
    return leaks;
  }

  @Override
  public void onClose(MapDialogue d) {
    ussdSessions.ended(d);
  }

  @Override
  public void onAbort(MapDialogue d, String reason) {
    ussdSessions.ended(d);
  }

  @Override
  public void onInvocation(Invocation<?, ?> inv) {
    if (ussdSessions.onInvocation(inv)) {
      return;
    }
    MapDialogue d = inv.dialogue();
    SmRpDa da;
    Octets ui;
    boolean more;
    if (inv.is(MapOperations.PROVIDE_ROAMING_NUMBER)
        || inv.is(MapOperations.INSERT_SUBSCRIBER_DATA)
        || inv.is(MapOperations.CANCEL_LOCATION)
        || inv.is(MapOperations.PROVIDE_SUBSCRIBER_INFO)) {
      // the demo's GTT sends everything for the MSC's number to SSN 8; the VLR answers there too
      vlr.onInvocation(inv);
      return;
    }
    Optional<Invocation<MtForwardSmArg, MtForwardSmRes>> mt = inv.as(MapOperations.MT_FORWARD_SM);
    Optional<Invocation<ForwardSmArg, Void>> fwd = inv.as(MapOperations.FORWARD_SM);
    if (mt.isPresent()) {
      MtForwardSmArg a = mt.get().argument();
      da = a.smRpDa();
      ui = a.smRpUi();
      more = a.moreMessagesToSend();
    } else if (fwd.isPresent()) {
      ForwardSmArg a = fwd.get().argument();
      da = a.smRpDa();
      ui = a.smRpUi();
      more = false;
    } else {
      inv.returnError(MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
      d.close();
      return;
    }
    Optional<Subscribers.Record> r =
        da instanceof SmRpDa.ByImsi byImsi
            ? subscribers.byImsi(byImsi.imsi().digits())
            : Optional.empty();
    if (r.isEmpty() || vlr.isCancelled(r.get().imsi())) {
      // TS 29.002 §12.9, TS 23.040 §10.1: an IMSI this VLR does not hold (unknown, or its location
      // cancelled by the HLR) is an unidentified subscriber
      inv.returnError(MapError.of(MapErrorCode.UNIDENTIFIED_SUBSCRIBER));
      d.close();
      return;
    }
    SubscriberState state = subscribers.state(r.get().msisdn());
    switch (state) {
      case ATTACHED -> {
        if (!delivered.computeIfAbsent(r.get().msisdn(), k -> new Inbox()).accept(ui)) {
          repeats.incrementAndGet();
        }
        mt.ifPresent(x -> x.returnResult(MtForwardSmRes.of()));
        fwd.ifPresent(x -> x.returnResult(null));
        if (more) {
          // TS 29.002 §23.3.3: more segments follow in this dialogue; answer with TC-CONTINUE.
          d.send();
          return;
        }
      }
      case ABSENT -> inv.returnError(MapError.absentSubscriberSm(1));
      case BUSY -> inv.returnError(MapError.of(MapErrorCode.SUBSCRIBER_BUSY_FOR_MT_SMS));
      case MEMORY_FULL -> inv.returnError(MapError.smDeliveryFailure(0));
    }
    d.close();
  }

  /**
   * A location query (scenario kind {@code location}, query {@code sri_sm}): SendRoutingInfoForSM
   * to the subscriber's HLR by the MSISDN as global title; success when the HLR answers with a
   * result. Runs on the node's thread.
   */
  public void query(
      org.ss7sim.simulator.config.scenario.LocationQuery query,
      String flow,
      String msisdn,
      AttemptListener listener) {
    String own = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    org.ss7sim.wire.gsm.AddressString msisdnAddress =
        org.ss7sim.wire.gsm.AddressString.international(msisdn);
    org.ss7sim.wire.gsm.AddressString ownAddress =
        org.ss7sim.wire.gsm.AddressString.international(own);
    org.ss7sim.map.operation.MapApplicationContext context;
    java.util.function.Consumer<MapDialogue> invoke;
    switch (query) {
      case ATI -> {
        context = org.ss7sim.map.operation.MapApplicationContext.ANY_TIME_ENQUIRY;
        invoke =
            d ->
                invokeReporting(
                    d,
                    MapOperations.ANY_TIME_INTERROGATION,
                    org.ss7sim.map.message.AnyTimeInterrogationArg.of(
                        new org.ss7sim.map.message.SubscriberIdentity(null, msisdnAddress),
                        org.ss7sim.map.message.RequestedInfo.of(),
                        ownAddress),
                    listener);
      }
      case SRI -> {
        context = org.ss7sim.map.operation.MapApplicationContext.LOCATION_INFO_RETRIEVAL;
        invoke =
            d ->
                invokeReporting(
                    d,
                    MapOperations.SEND_ROUTING_INFO,
                    org.ss7sim.map.message.SendRoutingInfoArg.of(msisdnAddress, 0, ownAddress),
                    listener);
      }
      default -> {
        context = org.ss7sim.map.operation.MapApplicationContext.SHORT_MSG_GATEWAY;
        invoke =
            d ->
                invokeReporting(
                    d,
                    MapOperations.SEND_ROUTING_INFO_FOR_SM,
                    org.ss7sim.map.message.RoutingInfoForSmArg.of(msisdnAddress, true, ownAddress),
                    listener);
      }
    }
    MapDialogue d = map.open(Addresses.gt(own, Ssn.MSC), Addresses.gt(msisdn, Ssn.HLR), context, 3);
    invoke.accept(d);
    node.flows().starting(flow, d::send);
  }

  /** Invokes {@code op}; success when the peer returns a result, else the error's name. */
  private static <A extends MapParameter, R> void invokeReporting(
      MapDialogue d, Operation<A, R> op, A arg, AttemptListener listener) {
    d.invoke(
        op,
        arg,
        c -> {
          if (c instanceof Confirmation.Result<R>) {
            listener.onOutcome(Outcome.succeeded());
          } else if (c instanceof Confirmation.Error<R> e) {
            listener.onOutcome(
                Outcome.failed(e.error().code().name().toLowerCase(java.util.Locale.ROOT)));
          } else {
            listener.onOutcome(Outcome.failed("no_response"));
          }
          listener.onEnded();
        });
  }

  /**
   * A handset sends a short message (MO-ForwardSM, TS 29.002 §12.2) through this MSC to the SMSC
   * whose address is {@code smsc}: an SMS-SUBMIT to {@code destination}. Success when the SMSC
   * returns the result. Runs on the node's thread.
   */
  public void sendMo(
      String flow,
      String msisdn,
      String smsc,
      String destination,
      String text,
      AttemptListener listener) {
    // MO-SMS-CSI: the gsmSCF decides first (InitialDPSMS), then the message goes on or not
    if (!calls.mobile.chargeSms(
        flow,
        msisdn,
        destination,
        smsc,
        listener,
        l -> forwardMo(flow, msisdn, smsc, destination, text, l))) {
      forwardMo(flow, msisdn, smsc, destination, text, listener);
    }
  }

  private void forwardMo(
      String flow,
      String msisdn,
      String smsc,
      String destination,
      String text,
      AttemptListener listener) {
    String own = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    org.ss7sim.map.sms.SmsTpdu.SmsSubmit submit =
        new org.ss7sim.map.sms.SmsTpdu.SmsSubmit(
            false,
            false,
            false,
            false,
            ++moReference & 0xff,
            org.ss7sim.map.sms.TpAddress.of(
                org.ss7sim.map.sms.TypeOfNumber.UNKNOWN, 1, destination),
            0,
            org.ss7sim.map.sms.DataCodingScheme.GSM7,
            null,
            org.ss7sim.map.sms.UserData.of(
                text, org.ss7sim.map.sms.DataCodingScheme.Alphabet.GSM7, null));
    org.ss7sim.wire.gsm.AddressString sc = org.ss7sim.wire.gsm.AddressString.international(smsc);
    MapDialogue d =
        map.open(
            Addresses.gt(own, Ssn.MSC),
            Addresses.gt(smsc, Ssn.MSC),
            org.ss7sim.map.operation.MapApplicationContext.SHORT_MSG_MO_RELAY,
            3);
    invokeReporting(
        d,
        MapOperations.MO_FORWARD_SM,
        org.ss7sim.map.message.MoForwardSmArg.of(
            new SmRpDa.ServiceCentre(sc),
            new org.ss7sim.map.common.SmRpOa.Msisdn(
                org.ss7sim.wire.gsm.AddressString.international(msisdn)),
            org.ss7sim.map.sms.SmsTpduCodec.encode(submit)),
        listener);
    node.flows().starting(flow, d::send);
  }

  /**
   * A USSD request of a handset (scenario kind {@code ussd}): processUnstructuredSS-Request (TS
   * 29.002 §11.9) with the subscriber's MSISDN to its HLR, addressed by the MSISDN as global title;
   * success when the HLR returns a result, whose text goes to {@code reply}. Runs on the node's
   * thread.
   */
  public void ussd(
      String flow,
      String msisdn,
      String text,
      java.util.function.Consumer<String> reply,
      AttemptListener listener) {
    ussd(flow, msisdn, text, List.of(), reply, listener);
  }

  /**
   * A USSD menu walk of a handset (TS 24.090 §4.1, §4.2): processUnstructuredSS-Request with {@code
   * text} (a service code such as {@code *123#}); each unstructuredSS-Request the network sends
   * back in the same dialogue is answered with the next of {@code choices}, each
   * unstructuredSS-Notify acknowledged. Success when the network ends the dialogue with the result
   * of the request, whose text goes to {@code reply}; {@code menu_not_finished} when the network
   * asks for more choices than given (the handset aborts). Runs on the node's thread.
   */
  public void ussd(
      String flow,
      String msisdn,
      String text,
      List<String> choices,
      java.util.function.Consumer<String> reply,
      AttemptListener listener) {
    String own = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    MapDialogue d =
        map.open(
            Addresses.gt(own, Ssn.MSC),
            Addresses.gt(msisdn, Ssn.HLR),
            org.ss7sim.map.operation.MapApplicationContext.NETWORK_UNSTRUCTURED_SS,
            2);
    UssdHandsets.Session session = ussdSessions.opened(d, msisdn, choices);
    d.invoke(
        MapOperations.PROCESS_UNSTRUCTURED_SS_REQUEST,
        new org.ss7sim.map.message.UssdArg(
            Octets.ofUnsigned(org.ss7sim.map.message.UssdString.DCS_GSM7),
            org.ss7sim.map.message.UssdString.encodeGsm7(text),
            null,
            org.ss7sim.wire.gsm.AddressString.international(msisdn),
            List.of()),
        outcome -> {
          ussdSessions.ended(d);
          if (outcome instanceof Confirmation.Result<org.ss7sim.map.message.UssdRes> r
              && r.result() != null) {
            org.ss7sim.map.message.UssdRes res = r.result();
            String answer;
            try {
              answer =
                  org.ss7sim.map.message.UssdString.decode(
                      res.ussdDataCodingScheme().length() > 0
                          ? res.ussdDataCodingScheme().get(0)
                          : 0,
                      res.ussdString());
            } catch (org.ss7sim.wire.MalformedMessageException e) {
              answer = "";
            }
            reply.accept(answer);
            listener.onOutcome(Outcome.succeeded());
          } else if (outcome instanceof Confirmation.Error<?> e) {
            listener.onOutcome(
                Outcome.failed(e.error().code().name().toLowerCase(java.util.Locale.ROOT)));
          } else if (session.gaveUp()) {
            listener.onOutcome(Outcome.failed("menu_not_finished"));
          } else {
            listener.onOutcome(Outcome.failed("no_response"));
          }
          listener.onEnded();
        });
    node.flows().starting(flow, d::send);
  }

  /**
   * The handset of {@code msisdn} answers the next network-initiated USSD dialogue (TS 24.090 §4.3)
   * with {@code answers}, one per unstructuredSS-Request; returns the script for {@link
   * #forgetNetworkUssd}. Runs on the node's thread.
   */
  public List<String> expectNetworkUssd(String msisdn, List<String> answers) {
    return ussdSessions.expect(msisdn, answers);
  }

  /** Drops a script no network-initiated dialogue took. Runs on the node's thread. */
  public void forgetNetworkUssd(String msisdn, List<String> script) {
    ussdSessions.forget(msisdn, script);
  }

  /** The texts network-initiated USSD showed the handset of {@code msisdn}, in order. */
  public List<String> networkUssdShown(String msisdn) {
    return ussdSessions.shownTo(msisdn);
  }

  private int moReference;

  /**
   * A handset calls {@code called} (scenario kind {@code mo_call}): through the gsmSCF when the
   * subscriber has an O-CSI, then over ISUP; the caller hangs up {@code hold} after answer. Runs on
   * the node's thread.
   */
  public void placeMoCall(
      String flow,
      String msisdn,
      String called,
      java.time.Duration hold,
      AttemptListener listener) {
    calls.mobile.place(flow, msisdn, called, hold, listener);
  }

  /** IMSIs whose subscriber data the HLR inserted here (InsertSubscriberData). */
  public java.util.Set<String> insertedData() {
    return vlr.insertedData();
  }

  /** What this MSC's VLR holds of {@code imsi} from InsertSubscriberData, if anything. */
  public Optional<VisitorRecord> visitor(String imsi) {
    return vlr.visitor(imsi);
  }

  /** IMSIs whose location the HLR cancelled in this MSC's VLR (CancelLocation). */
  public java.util.Set<String> cancelledLocations() {
    return vlr.cancelled();
  }

  /**
   * UpdateLocation of a subscriber to this VLR (TS 29.002 §8.1.2), to its HLR by the HLR's global
   * title; {@code done} gets whether the HLR accepted. Runs on the node's thread.
   */
  public void updateLocation(String imsi, java.util.function.Consumer<Boolean> done) {
    vlr.updateLocation(imsi, done);
  }

  /**
   * A handset's supplementary service request relayed by this MSC/VLR to the subscriber's HLR (TS
   * 29.002 §11.1–§11.6): {@code op} is one of MapOperations' REGISTER_SS, ERASE_SS, ACTIVATE_SS,
   * DEACTIVATE_SS, INTERROGATE_SS; {@code done} gets the HLR's answer. Runs on the node's thread.
   */
  public <A extends org.ss7sim.map.message.MapParameter, R> void supplementaryService(
      String imsi,
      Operation<A, R> op,
      A argument,
      java.util.function.Consumer<Confirmation<R>> done) {
    vlr.supplementaryService(imsi, op, argument, done);
  }

  /**
   * SendAuthenticationInfo for a subscriber (TS 29.002 §8.5.2) to its HLR, addressed by the HLR's
   * global title; {@code vectors} gets the quintuplets. Runs on the node's thread.
   */
  public void authenticate(
      String imsi,
      int count,
      java.util.function.Consumer<java.util.List<org.ss7sim.map.auth.AuthenticationQuintuplet>>
          vectors) {
    vlr.authenticate(imsi, count, vectors);
  }

  /** How many SMS-DELIVERs handsets acknowledged as repeats of one they held. */
  private final java.util.concurrent.atomic.AtomicLong repeats =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * How many SMS-DELIVERs a handset keeps, the latest: its memory, and the window a repeat is
   * looked for in. A handset that keeps every message it ever got grows without end under load
   * (10,000 SMS/s is ~2.5 MB/s of TPDUs), and each kept TPDU is copied by every young collection
   * until it is promoted.
   */
  static final int INBOX = 16;

  /** One handset's latest accepted SMS-DELIVERs and its count of all of them. */
  static final class Inbox {
    private final java.util.ArrayDeque<Octets> latest = new java.util.ArrayDeque<>();
    private long accepted;

    /**
     * Takes {@code tpdu} unless it repeats one of the latest this handset holds, byte for byte
     * (same originator, service centre time stamp, concatenation reference and text): the SMSC sent
     * it again because it did not learn the outcome of the earlier attempt (no answer in time, or a
     * restart before it recorded the delivery). The handset acknowledges it and shows it once, as
     * handsets do; two distinct messages with the same text from the same originator accepted by
     * the SMSC in the same second look the same and are shown once as well.
     *
     * @return false for a repeat
     */
    synchronized boolean accept(Octets tpdu) {
      if (latest.contains(tpdu)) {
        return false;
      }
      if (latest.size() == INBOX) {
        latest.removeFirst();
      }
      // a copy of its own: the TPDU is a slice of the whole received M3UA message
      latest.addLast(Octets.wrap(tpdu.toByteArray()));
      accepted++;
      return true;
    }

    synchronized List<Octets> held() {
      return List.copyOf(latest);
    }

    synchronized long accepted() {
      return accepted;
    }
  }

  /** SMS-DELIVERs acknowledged as repeats and not kept again (see {@link Inbox#accept}). */
  public long repeats() {
    return repeats.get();
  }

  /**
   * The TPDUs (SMS-DELIVER) each handset holds, by MSISDN, each once: the latest {@link #INBOX} it
   * accepted, oldest first.
   */
  public Map<String, List<Octets>> delivered() {
    Map<String, List<Octets>> copy = new java.util.HashMap<>();
    delivered.forEach((k, v) -> copy.put(k, v.held()));
    return copy;
  }

  /** SMS-DELIVERs the handsets accepted in all (repeats not counted), kept or not. */
  public long accepted() {
    return delivered.values().stream().mapToLong(Inbox::accepted).sum();
  }
}
