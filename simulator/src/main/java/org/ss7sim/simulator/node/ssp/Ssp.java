package org.ss7sim.simulator.node.ssp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.ssf.SsfConfig;
import org.ss7sim.inap.ssf.SsfDecision;
import org.ss7sim.inap.ssf.SsfService;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.InTrigger;
import org.ss7sim.simulator.config.network.KindData.SspData;
import org.ss7sim.simulator.config.network.LineBlock;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.TrunkGroup;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Trunks;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.time.Timer;

/**
 * A switch (DESIGN.md §3 flows 1, 2 and 4). A call placed here, or arriving over ISUP for a number
 * that is not one of its lines (transit), is routed as the network file says: an IN trigger first
 * (INAP InitialDP to the SCP; Connect gives the number to route, ReleaseCall ends the call), then
 * for a mobile number ({@code mobile_prefixes}) the gateway MSC procedure ({@link Gmsc}:
 * SendRoutingInfo to the HLR; the call to the roaming number, on to the forwarded-to number with
 * redirection information, or first to the gsmSCF of the subscriber's T-CSI — {@link
 * TerminatingCamel}), then the switch's own lines, then the trunk group with the longest matching
 * prefix (ISUP IAM … ANM, hold, REL/RLC), else cause 1. A transit call's two legs are kept in step
 * (ACM/CPG/ANM backwards, REL both ways, Q.764 §2.1 at an intermediate exchange). Calls arriving
 * for a line meet the simulated line: answer (ACM, ANM after {@code answer_after}), busy (REL 17),
 * no answer (ACM, then the caller's T9 releases, 19) or unallocated (REL 1).
 */
public final class Ssp implements NodeLogic, CallControlUser {
  /** The no-answer timer (T9) of simulated switches: short, so runs stay short. */
  public static final Duration NO_ANSWER_TIMER = Trunks.NO_ANSWER_TIMER;

  /** What the placer of a call hears. */
  public interface CallListener extends AttemptListener {}

  private final Node config;
  private final SspData data;
  private SimNode node;
  private IsupUserPart isup;
  private SsfService ssf;
  private Gmsc gmsc;
  private TerminatingCamel camel;
  private final Map<CallReference, OutCall> outgoing = new HashMap<>();
  private final Map<CallReference, InCall> incoming = new HashMap<>();
  private final Set<OutCall> routing = new HashSet<>();
  private int localCalls;

  /**
   * A call this switch routes: placed here (a listener hears its outcome) or the outgoing half of a
   * transit call (its incoming half {@code from} hears everything over ISUP).
   */
  static final class OutCall {
    final String flow;
    final String calling;
    final Duration hold;
    final CallListener listener; // null for transit
    final InCall from; // null when placed here
    OptionalParameters redirection = OptionalParameters.NONE;
    CallReference ref;
    boolean reported;
    boolean ended;
    Timer holdTimer;

    OutCall(String flow, String calling, Duration hold, CallListener listener, InCall from) {
      this.flow = flow;
      this.calling = calling;
      this.hold = hold;
      this.listener = listener;
      this.from = from;
    }

    void outcome(Outcome o) {
      if (!reported && listener != null) {
        reported = true;
        listener.onOutcome(o);
      }
    }
  }

  /** A call arriving over ISUP: for a line, or the incoming half of a transit call. */
  static final class InCall {
    final IncomingCall call;
    final List<Timer> timers = new ArrayList<>();
    OutCall transit;
    boolean alerted;

    InCall(IncomingCall call) {
      this.call = call;
    }
  }

  public Ssp(Node config) {
    this.config = config;
    this.data = config.data(SspData.class);
  }

  @Override
  public void start(SimNode node) {
    this.node = node;
    isup = Trunks.isup(config, data.trunkGroups(), node, this);
    Optional<TcapStack> tcap = node.tcap(Ssn.INAP.value());
    if (tcap.isPresent()) {
      SccpAddress self = SccpAddress.ofSsn(config.pointCode().orElseThrow(), Ssn.INAP);
      ssf = new SsfService(tcap.get(), node.loop().timers(), SsfConfig.defaults(self)).bind();
    }
    Optional<TcapStack> mapTcap = node.tcap(Ssn.MSC.value());
    if (!data.mobilePrefixes().isEmpty() && mapTcap.isPresent()) {
      gmsc =
          new Gmsc(
              config,
              node.network(),
              mapTcap.get(),
              node.tcap(Ssn.CAP.value()).orElse(null),
              node.loop().timers());
      camel = new TerminatingCamel(this, gmsc, node);
    }
  }

  @Override
  public void stop() {}

  /**
   * The called parties of every call that arrived here hang up (REL with normal clearing from this,
   * the terminating, side); returns how many. Runs on the node's thread.
   */
  public int releaseIncomingCalls() {
    List<CallReference> refs = new ArrayList<>(incoming.keySet());
    for (CallReference ref : refs) {
      isup.release(ref, CauseValue.NORMAL_CLEARING);
    }
    return refs.size();
  }

  /** Calls in progress (placed here, arriving or being routed): zero after a clean run. */
  public int activeCalls() {
    return outgoing.size() + incoming.size() + localCalls + routing.size();
  }

  @Override
  public List<String> leaks() {
    List<String> l = new ArrayList<>();
    if (activeCalls() > 0) {
      l.add(activeCalls() + " calls active");
    }
    if (isup != null && isup.activeCalls() > 0) {
      l.add(isup.activeCalls() + " ISUP calls active");
    }
    if (isup != null && isup.nonIdleCircuits() > 0) {
      l.add(isup.nonIdleCircuits() + " circuits not idle");
    }
    if (ssf != null && ssf.openCalls() > 0) {
      l.add(ssf.openCalls() + " IN queries open");
    }
    l.addAll(Gmsc.leaks(gmsc));
    return l;
  }

  /** Places a call; runs on the node's thread. */
  public void placeCall(
      String flow, String called, String calling, Duration hold, CallListener listener) {
    OutCall call = new OutCall(flow, calling, hold, listener, null);
    node.flows().starting(flow, () -> dispatch(call, called));
  }

  /** IN trigger, mobile number, else lines and trunks. */
  private void dispatch(OutCall call, String called) {
    Optional<InTrigger> trigger = data.inTriggerFor(called);
    if (trigger.isPresent() && ssf != null) {
      query(call, called, trigger.get());
    } else {
      routeOrInterrogate(call, called);
    }
  }

  /** Whether a called number is a mobile subscriber's (routed through the HLR). */
  boolean isMobile(String number) {
    return data.isMobile(number);
  }

  /** A mobile number through the HLR, any other by lines and trunks. */
  void routeOrInterrogate(OutCall call, String number) {
    if (data.isMobile(number)) {
      interrogate(call, number, false);
    } else {
      route(call, number);
    }
  }

  /**
   * A call to a mobile subscriber (DESIGN.md §3 flow 4): SendRoutingInfo to the HLR, then the call
   * goes to the roaming number it returns (over the trunk group whose prefixes match it), is
   * forwarded, or meets the subscriber's T-CSI. {@code suppressTCsi}: the second interrogation,
   * after the gsmSCF let the call continue.
   */
  void interrogate(OutCall call, String msisdn, boolean suppressTCsi) {
    if (gmsc == null) {
      fail(call, 31, "no_map_ssn_8");
      return;
    }
    routing.add(call);
    gmsc.sendRoutingInfo(
        msisdn,
        suppressTCsi,
        answer -> node.flows().starting(call.flow, () -> routed(call, msisdn, answer)));
  }

  private void routed(OutCall call, String msisdn, Gmsc.Routing answer) {
    if (call.ended) {
      routing.remove(call);
      return;
    }
    if (answer instanceof Gmsc.Routing.Roaming r) {
      route(call, r.msrn());
    } else if (answer instanceof Gmsc.Routing.Forwarded f) {
      forward(call, msisdn, f.forwarding());
    } else if (answer instanceof Gmsc.Routing.Camel c) {
      camel.initialDp(call, msisdn, c);
    } else {
      Gmsc.Routing.Failed f = (Gmsc.Routing.Failed) answer;
      fail(call, f.q850(), f.cause());
    }
  }

  /**
   * Call forwarding at the GMSC (TS 23.082 §1.2.1, TS 23.018 §7.2.2): the call goes on to the
   * forwarded-to number with the redirection parameters of a diverted call in its IAM ({@link
   * Diversion}); a forwarded-to mobile number is interrogated in turn.
   */
  void forward(OutCall call, String msisdn, ForwardingData forwarding) {
    Optional<OptionalParameters> diverted = Diversion.divert(call.redirection, msisdn, forwarding);
    if (diverted.isEmpty()) {
      fail(call, 31, "too_many_redirections");
      return;
    }
    call.redirection = diverted.get();
    routeOrInterrogate(call, forwarding.forwardedToNumber());
  }

  private void query(OutCall call, String called, InTrigger trigger) {
    Node scp = node.network().node(trigger.scp()).orElseThrow();
    SccpAddress scf =
        scp.globalTitles().isEmpty()
            ? SccpAddress.ofSsn(scp.pointCode().orElseThrow(), Ssn.INAP)
            : new SccpAddress(
                RoutingIndicator.ROUTE_ON_GT,
                null,
                Ssn.INAP,
                GlobalTitle.e164(scp.globalTitles().get(0).digits()),
                false);
    InitialDpArg idp =
        InitialDpArg.of(
            trigger.serviceKey(),
            CalledPartyNumber.of(NatureOfAddress.NATIONAL, called),
            call.calling.isEmpty()
                ? null
                : CallingPartyNumber.of(NatureOfAddress.NATIONAL, call.calling));
    routing.add(call);
    ssf.initialDp(
        scf,
        idp,
        (ssfCall, decision) ->
            node.flows()
                .starting(
                    call.flow,
                    () -> {
                      if (call.ended) {
                        routing.remove(call);
                      } else if (decision instanceof SsfDecision.Route r) {
                        routeOrInterrogate(call, r.destination().digits());
                      } else if (decision instanceof SsfDecision.Release rel) {
                        fail(call, rel.cause().value(), Causes.q850(rel.cause().value()));
                      } else {
                        route(call, called);
                      }
                    }));
  }

  /** The call to a line of this switch or over a trunk group; the routing is over. */
  void route(OutCall call, String number) {
    routing.remove(call);
    if (camel != null) {
      camel.routed(call);
    }
    Optional<LineBlock> line = data.lineFor(number);
    if (line.isPresent()) {
      if (call.from != null) {
        call.from.transit = null;
        terminate(call.from, line.get());
      } else {
        localCall(call, line.get());
      }
      return;
    }
    Optional<TrunkGroup> group = data.trunkGroupFor(number);
    if (group.isEmpty()) {
      fail(call, 1, Causes.q850(1));
      return;
    }
    if (call.from != null
        && group.get().name().equals(call.from.call.trunkGroup())
        && number.equals(call.from.call.called())) {
      // the same number back where it came from would loop between the two exchanges
      fail(call, 3, Causes.q850(3));
      return;
    }
    CallSetup setup =
        CallSetup.of(group.get().name(), number, call.calling).withAdditional(call.redirection);
    if (call.from != null) {
      org.ss7sim.isup.parameter.CallingPartyNumber cgpn =
          call.from.call.iam().optional().find(org.ss7sim.isup.parameter.CallingPartyNumber.class);
      if (cgpn != null) {
        setup = setup.withCallingParty(cgpn); // passed on as received, presentation included
      }
    }
    // the ISUP shell delivers the call's indications (even a release for congestion) only after
    // placeCall has returned its reference
    call.ref = isup.placeCall(setup);
    outgoing.put(call.ref, call);
  }

  /** A call to one of this switch's own lines: no signaling beyond the switch. */
  private void localCall(OutCall call, LineBlock line) {
    switch (line.behaviour()) {
      case BUSY -> fail(call, 17, Causes.q850(17));
      case UNALLOCATED -> fail(call, 1, Causes.q850(1));
      case NO_ANSWER -> {
        localCalls++;
        node.loop()
            .timers()
            .schedule(
                NO_ANSWER_TIMER,
                () -> {
                  localCalls--;
                  fail(call, 19, Causes.q850(19));
                });
      }
      case ANSWER -> {
        localCalls++;
        node.loop()
            .timers()
            .schedule(
                line.answerAfter(),
                () -> {
                  call.outcome(Outcome.succeeded());
                  node.loop()
                      .timers()
                      .schedule(
                          call.hold,
                          () -> {
                            localCalls--;
                            call.listener.onEnded();
                          });
                });
      }
    }
  }

  /**
   * The call cannot go on: a call placed here ends with the outcome {@code name}; a transit call's
   * incoming half is released with Q.850 cause {@code q850}.
   */
  void fail(OutCall call, int q850, String name) {
    routing.remove(call);
    call.ended = true;
    if (camel != null) {
      camel.ended(call);
    }
    if (call.from != null) {
      InCall in = call.from;
      in.transit = null;
      if (incoming.get(in.call.call()) == in) {
        isup.release(in.call.call(), new CauseValue(q850));
      }
      return;
    }
    call.outcome(Outcome.failed(name));
    call.listener.onEnded();
  }

  @Override
  public void onIncomingCall(IncomingCall call) {
    InCall in = new InCall(call);
    incoming.put(call.call(), in);
    Optional<LineBlock> line = data.lineFor(call.called());
    if (line.isPresent()) {
      terminate(in, line.get());
    } else if (routable(call.called())) {
      String flow = flowOf(call);
      OutCall out = new OutCall(flow, call.calling(), null, null, in);
      out.redirection = Diversion.received(call.iam().optional());
      in.transit = out;
      node.flows().starting(flow, () -> dispatch(out, call.called()));
    } else {
      isup.release(call.call(), CauseValue.UNALLOCATED_NUMBER);
    }
  }

  /** Whether a number that is not a line here can be routed on (IN, HLR or a trunk group). */
  private boolean routable(String called) {
    return (ssf != null && data.inTriggerFor(called).isPresent())
        || (gmsc != null && data.isMobile(called))
        || data.trunkGroupFor(called).isPresent();
  }

  /** The flow of an incoming call, as the exchange that sent its IAM named it. */
  private String flowOf(IncomingCall in) {
    return data.trunkGroups().stream()
        .filter(g -> g.name().equals(in.trunkGroup()))
        .findFirst()
        .flatMap(g -> node.network().node(g.remote()))
        .flatMap(Node::pointCode)
        .map(
            remote ->
                node.flows().ofCircuit(config.pointCode().orElseThrow(), remote, in.cic().value()))
        .orElse("");
  }

  /** The simulated line of the called number meets an incoming call. */
  private void terminate(InCall in, LineBlock line) {
    CallReference ref = in.call.call();
    switch (line.behaviour()) {
      case BUSY -> isup.release(ref, CauseValue.USER_BUSY);
      case UNALLOCATED -> isup.release(ref, CauseValue.UNALLOCATED_NUMBER);
      case NO_ANSWER -> isup.alert(ref);
      case ANSWER -> {
        isup.alert(ref);
        in.timers.add(
            node.loop()
                .timers()
                .schedule(
                    line.answerAfter(),
                    () -> {
                      if (incoming.get(ref) == in) {
                        isup.answer(ref);
                      }
                    }));
      }
    }
  }

  @Override
  public void onAlerting(CallReference ref) {
    onAlerting(ref, 1);
  }

  /** ACM (or a first CPG alerting) on an outgoing call: a transit call's incoming half hears it. */
  @Override
  public void onAlerting(CallReference ref, int calledPartyStatus) {
    InCall in = transitOf(ref);
    if (in == null) {
      return;
    }
    if (in.alerted) {
      isup.progress(in.call.call(), 1); // CPG alerting (Q.763 §3.21)
    } else {
      in.alerted = true;
      isup.alert(in.call.call(), calledPartyStatus);
    }
  }

  @Override
  public void onProgress(CallReference ref, int event) {
    InCall in = transitOf(ref);
    if (in != null && in.alerted) {
      isup.progress(in.call.call(), event);
    }
  }

  /** The incoming half of the transit call whose outgoing half is {@code ref}, if there is one. */
  private InCall transitOf(CallReference ref) {
    OutCall call = outgoing.get(ref);
    if (call == null || call.from == null || incoming.get(call.from.call.call()) != call.from) {
      return null;
    }
    return call.from;
  }

  @Override
  public void onAnswer(CallReference ref) {
    OutCall call = outgoing.get(ref);
    if (call == null) {
      return;
    }
    if (call.from != null) {
      InCall in = transitOf(ref);
      if (in != null) {
        isup.answer(in.call.call());
      }
      return;
    }
    call.outcome(Outcome.succeeded());
    call.holdTimer =
        node.loop()
            .timers()
            .schedule(
                call.hold,
                () -> {
                  if (outgoing.containsKey(ref)) {
                    isup.release(ref, CauseValue.NORMAL_CLEARING);
                  }
                });
  }

  /**
   * Calls this switch's ISUP released on its own (circuit reset, MTP-PAUSE for the trunk group's
   * far end, timer expiry: Q.764 §2.10, §2.13), by "outgoing/incoming, answered or not, cause".
   */
  public Map<String, Long> networkReleases() {
    return Map.copyOf(networkReleases);
  }

  /** The trunk groups of this switch's ISUP (circuit states; read on the node's thread). */
  public List<org.ss7sim.isup.circuit.TrunkGroup> trunkGroups() {
    return isup == null ? List.of() : isup.trunkGroups();
  }

  private final Map<String, Long> networkReleases = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public void onRelease(CallReference ref, CallRelease release) {
    if (release.initiator() == CallRelease.Initiator.NETWORK) {
      networkReleases.merge(
          (incoming.containsKey(ref) ? "incoming" : "outgoing")
              + (release.answered() ? " answered" : " unanswered")
              + " cause "
              + release.cause().code(),
          1L,
          Long::sum);
    }
    InCall in = incoming.remove(ref);
    if (in != null) {
      in.timers.forEach(Timer::cancel);
      OutCall out = in.transit;
      if (out != null) {
        // the caller hung up: the outgoing half follows, or the routing in progress stops
        in.transit = null;
        out.ended = true;
        routing.remove(out);
        if (camel != null) {
          camel.ended(out);
        }
        if (out.ref != null && outgoing.containsKey(out.ref)) {
          isup.release(out.ref, release.cause());
        }
      }
      return;
    }
    OutCall call = outgoing.remove(ref);
    if (call == null) {
      return;
    }
    call.ended = true;
    if (camel != null) {
      camel.ended(call);
    }
    if (call.from != null) {
      InCall from = call.from;
      if (from.transit == call && incoming.get(from.call.call()) == from) {
        from.transit = null;
        isup.release(from.call.call(), release.cause());
      }
      return;
    }
    if (call.holdTimer != null) {
      call.holdTimer.cancel();
    }
    call.outcome(Outcome.failed(Causes.q850(release.cause().code())));
    call.listener.onEnded();
  }
}
