package org.ss7sim.simulator.node.sipgw;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.simulator.config.network.Endpoint;
import org.ss7sim.simulator.config.network.KindData.SipgwData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SipSide;
import org.ss7sim.simulator.config.network.TrunkGroup;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Trunks;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Action;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Event;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.State;
import org.ss7sim.simulator.node.ssp.Ssp;
import org.ss7sim.sip.CallEnd;
import org.ss7sim.sip.OutgoingInvite;
import org.ss7sim.sip.SipCallRef;
import org.ss7sim.sip.SipCallUser;
import org.ss7sim.sip.SipGateway;
import org.ss7sim.sip.SipUri;

/**
 * The SIP–ISUP gateway node (issue 21, docs/sip-gateway.md): the thin shell around {@link
 * SipIsupCall}. It owns an ISUP user part over its trunk groups (like an {@link Ssp}) and one
 * {@link SipGateway} whose indications run on the node's thread; every call has one {@link
 * SipIsupCall.State}, keyed by both its SIP Call-ID and its ISUP call reference, and the actions
 * the machine returns are carried out on the two stacks. SIP → ISUP: the INVITE's called number
 * picks the trunk group by prefix (none: 404, cause 3). ISUP → SIP: the IAM's called number picks
 * the SIP route by prefix (none: REL cause 1 without INVITE).
 */
public final class SipGatewayNode implements NodeLogic, CallControlUser, SipCallUser {
  /** How long a finished call's SIP messages still name its flow: RFC 3261 Timer J (64·T1). */
  static final Duration FLOW_KEPT_AFTER_END = Duration.ofSeconds(32);

  private final Node config;
  private final SipgwData data;
  private final SipIsupCall machine;
  private SimNode node;
  private IsupUserPart isup;
  private SipGateway sip;
  private SipWireTrace wire; // null when the run writes no trace
  private SipUserAgent caller; // the simulated SIP caller of sip_call traffic, started on first use
  private final Map<SipCallRef, Call> bySip = new HashMap<>();
  private final Map<CallReference, Call> byIsup = new HashMap<>();
  private final Set<Call> calls = new HashSet<>();
  private Call placing;
  private long unexpectedEvents;
  private long unroutable;

  /** One gateway call: the machine's state and the two halves' references. */
  private static final class Call {
    State state = State.IDLE;
    SipCallRef sipRef;
    CallReference isupRef;
    String called = "";
    String flow = "";
    InitialAddress iam; // the IAM received (ISUP → SIP), for SIP-I
    CallingPartyNumber encapsulatedCalling; // of a SIP-I INVITE's IAM (SIP → ISUP)
  }

  public SipGatewayNode(Node config) {
    this.config = config;
    this.data = config.data(SipgwData.class);
    this.machine = new SipIsupCall(GatewayConfig.plan(data.sip().numbers()));
  }

  @Override
  public void start(SimNode node) throws Exception {
    this.node = node;
    isup = Trunks.isup(config, data.trunkGroups(), node, this);
    if (node.tracer() != null) {
      wire = new SipWireTrace(node.tracer(), config.name());
    }
    sip = SipGateway.start(GatewayConfig.sip(data.sip()), this, node.loop(), wire);
  }

  @Override
  public void stop() {
    if (caller != null) {
      caller.close();
    }
    if (sip != null) {
      sip.close();
    }
  }

  /**
   * A SIP-originated call into this gateway (scenario {@code kind: sip_call}, on the node's
   * thread): the simulated caller, started on first use on an ephemeral UDP port of the gateway's
   * first UDP listen host, sends an INVITE for {@code called} from {@code calling}; the attempt
   * succeeds when answered and the caller sends BYE after {@code hold}. Its messages are traced
   * once, by the gateway's side, in {@code flow}.
   */
  public void placeSipCall(
      String flow, String called, String calling, Duration hold, AttemptListener listener) {
    if (data.sip().udp().isEmpty()) {
      listener.onOutcome(Outcome.failed("no_sip_udp"));
      listener.onEnded();
      return;
    }
    if (caller == null) {
      try {
        InetAddress host = InetAddress.getByName(data.sip().udp().get(0).host());
        caller = SipUserAgent.start(host, 0, node.loop(), node.loop().timers());
      } catch (java.io.IOException | javax.sip.SipException e) {
        listener.onOutcome(Outcome.failed("no_sip_caller"));
        listener.onEnded();
        return;
      }
    }
    String callId = caller.newCallId(flow);
    if (wire != null) {
      wire.expect(callId, flow);
    }
    caller.call(callId, called, calling, hold, sip.localAddress("udp"), listener);
  }

  /** The SIP side, for its addresses and counters. */
  public SipGateway sip() {
    return sip;
  }

  /** Events not allowed in their call's state (ignored). */
  public long unexpectedEvents() {
    return unexpectedEvents;
  }

  /** Calls refused for want of a route: INVITEs without trunk group, IAMs without SIP route. */
  public long unroutable() {
    return unroutable;
  }

  /** Calls in progress: zero after a clean run. */
  public int activeCalls() {
    return calls.size();
  }

  @Override
  public List<String> leaks() {
    List<String> l = new ArrayList<>();
    if (!calls.isEmpty()) {
      l.add(calls.size() + " gateway calls active");
    }
    if (sip != null && sip.activeCalls() > 0) {
      l.add(sip.activeCalls() + " SIP calls active");
    }
    if (sip != null && sip.pendingCancels() > 0) {
      l.add(sip.pendingCancels() + " cancelled SIP INVITEs awaiting their final response");
    }
    if (isup != null && isup.activeCalls() > 0) {
      l.add(isup.activeCalls() + " ISUP calls active");
    }
    if (caller != null && caller.activeCalls() > 0) {
      l.add(caller.activeCalls() + " simulated SIP caller calls active");
    }
    if (isup != null && isup.nonIdleCircuits() > 0) {
      l.add(isup.nonIdleCircuits() + " circuits not idle");
    }
    return l;
  }

  // ---- the machine ----

  private void handle(Call call, Event event) {
    SipIsupCall.Outcome o = machine.handle(call.state, event);
    if (o.unexpected()) {
      unexpectedEvents++;
      return;
    }
    call.state = o.next();
    for (Action a : o.actions()) {
      act(call, a);
    }
    if (call.state == State.RELEASED) {
      forget(call);
    }
  }

  private void forget(Call call) {
    calls.remove(call);
    if (call.sipRef != null) {
      bySip.remove(call.sipRef);
      if (wire != null) {
        // the call's last SIP messages (200 to BYE, ACK, retransmissions) still name its flow
        String callId = call.sipRef.callId();
        node.loop().timers().schedule(FLOW_KEPT_AFTER_END, () -> wire.forget(callId));
      }
    }
    if (call.isupRef != null) {
      byIsup.remove(call.isupRef);
    }
  }

  private void act(Call call, Action action) {
    if (action instanceof SipIsupCall.PlaceIsupCall p) {
      placeIsupCall(call, p.called(), p.calling());
    } else if (action instanceof SipIsupCall.IsupAddressComplete a) {
      isup.alert(call.isupRef, a.calledPartyStatus());
    } else if (action instanceof SipIsupCall.IsupProgress p) {
      isup.progress(call.isupRef, p.event());
    } else if (action instanceof SipIsupCall.IsupAnswer) {
      isup.answer(call.isupRef);
    } else if (action instanceof SipIsupCall.IsupRelease r) {
      if (call.isupRef != null) {
        isup.release(call.isupRef, r.cause());
      }
    } else if (action instanceof SipIsupCall.SendInvite s) {
      sendInvite(call, s.party());
    } else if (action instanceof SipIsupCall.SipProgress p) {
      sip.progress(call.sipRef, p.status());
    } else if (action instanceof SipIsupCall.SipAnswer) {
      sip.answer(call.sipRef);
    } else if (action instanceof SipIsupCall.SipReject r) {
      sip.reject(call.sipRef, r.status(), r.cause().code());
    } else if (action instanceof SipIsupCall.SipHangUp h) {
      if (call.sipRef != null) {
        sip.hangUp(call.sipRef, h.cause().code());
      }
    }
  }

  private void placeIsupCall(
      Call call, CalledPartyNumber called, Optional<CallingPartyNumber> calling) {
    call.called = called.digits();
    Optional<TrunkGroup> group = data.trunkGroupFor(called.digits());
    if (group.isEmpty()) {
      unroutable++;
      call.state = State.RELEASED;
      sip.reject(call.sipRef, 404, CauseValue.NO_ROUTE_TO_DESTINATION.code());
      return;
    }
    CallSetup setup =
        CallSetup.of(group.get().name(), called.digits(), "")
            .withCalledNature(called.natureOfAddress());
    if (call.encapsulatedCalling != null) {
      // SIP-I (Q.1912.5 profile A): the calling party number of the encapsulated IAM, as sent
      setup = setup.withCallingParty(call.encapsulatedCalling);
    } else if (calling.isPresent()) {
      setup = setup.withCallingParty(calling.get());
    }
    placing = call;
    CallReference ref;
    try {
      CallSetup s = setup;
      ref = node.flows().starting(call.flow, () -> isup.placeCall(s));
    } finally {
      placing = null;
    }
    call.isupRef = ref;
    if (call.state != State.RELEASED) {
      byIsup.put(ref, call);
    }
  }

  private void sendInvite(Call call, SipParty party) {
    Optional<SipSide.Route> route = data.sip().routeFor(call.called);
    if (route.isEmpty()) {
      // checked when the IAM arrived; kept for safety
      call.state = State.RELEASED;
      isup.release(call.isupRef, CauseValue.NO_ROUTE_TO_DESTINATION);
      return;
    }
    Endpoint to = route.get().to();
    Endpoint self =
        route.get().transport().equals("tcp") ? data.sip().tcp().get(0) : data.sip().udp().get(0);
    String host = self.host();
    OutgoingInvite invite =
        new OutgoingInvite(
            SipUri.sip(party.requestUser(), to.host(), to.port()),
            SipUri.sip(party.fromUser(), host),
            party.assertedUser().map(u -> SipUri.sip(u, host)),
            party.privacy(),
            new InetSocketAddress(to.host(), to.port()),
            route.get().transport());
    if (route.get().sipI() && call.iam != null) {
      // SIP-I (Q.1912.5 profile A; RFC 3204): the IAM from its message type code on, no CIC
      invite = invite.withIsup(SipI.encapsulated(call.iam));
    }
    if (wire != null) {
      // the Call-ID is chosen here, so the trace knows the call's flow before any of its messages
      String callId = java.util.UUID.randomUUID() + "@" + host;
      wire.expect(callId, call.flow);
      invite = invite.withCallId(callId);
    }
    call.sipRef = sip.invite(invite);
    bySip.put(call.sipRef, call);
  }

  // ---- SIP indications (on the node's thread) ----

  @Override
  public void incomingCall(org.ss7sim.sip.IncomingCall in) {
    Call call = new Call();
    call.sipRef = in.ref();
    if (wire != null) {
      call.flow = wire.flowOf(in.ref().callId());
    }
    call.encapsulatedCalling = in.isup().flatMap(SipI::callingParty).orElse(null);
    calls.add(call);
    bySip.put(in.ref(), call);
    String from =
        in.from().user().isEmpty() || in.from().host().equalsIgnoreCase("anonymous.invalid")
            ? SipParty.ANONYMOUS
            : in.from().user();
    handle(
        call,
        new SipIsupCall.Invite(
            new SipParty(
                in.requestUri().user(),
                from,
                in.assertedIdentity().map(SipUri::user),
                in.privacy())));
  }

  @Override
  public void progress(SipCallRef ref, int status) {
    Call call = bySip.get(ref);
    if (call != null && (status == 180 || status == 183)) {
      handle(call, new SipIsupCall.Provisional(status));
    }
  }

  @Override
  public void answered(SipCallRef ref) {
    Call call = bySip.get(ref);
    if (call != null) {
      handle(call, new SipIsupCall.Ok());
    }
  }

  @Override
  public void ended(SipCallRef ref, CallEnd end) {
    Call call = bySip.get(ref);
    if (call == null) {
      return;
    }
    handle(
        call,
        switch (end.kind()) {
          case BYE -> new SipIsupCall.Bye(end.q850Cause());
          case CANCEL -> new SipIsupCall.Cancel(end.q850Cause());
          case REJECTED, TIMEOUT -> new SipIsupCall.Rejected(end.status(), end.q850Cause());
        });
  }

  // ---- ISUP indications (on the node's thread) ----

  private Call isupCall(CallReference ref) {
    Call c = byIsup.get(ref);
    return c != null ? c : placing;
  }

  @Override
  public void onIncomingCall(IncomingCall in) {
    if (data.sip().routeFor(in.called()).isEmpty()) {
      unroutable++;
      isup.release(in.call(), CauseValue.UNALLOCATED_NUMBER);
      return;
    }
    Call call = new Call();
    call.isupRef = in.call();
    call.called = in.called();
    call.flow = flowOfCircuit(in);
    call.iam = in.iam();
    calls.add(call);
    byIsup.put(in.call(), call);
    CalledPartyNumber cdpn = in.iam().calledPartyNumber();
    int nature = cdpn.natureOfAddress();
    IsupAddress called =
        new IsupAddress(nature == 0 ? NatureOfAddress.NATIONAL : nature, digitsOnly(in.called()));
    CallingPartyNumber cgpn = in.iam().optional().find(CallingPartyNumber.class);
    if (cgpn != null) {
      cgpn =
          new CallingPartyNumber(
              cgpn.natureOfAddress(),
              cgpn.numberIncomplete(),
              cgpn.numberingPlan(),
              cgpn.presentation(),
              cgpn.screening(),
              digitsOnly(cgpn.digits()));
    }
    handle(call, new SipIsupCall.Iam(called, Optional.ofNullable(cgpn)));
  }

  /** The flow of the IAM's call, as the exchange that sent it named it. */
  private String flowOfCircuit(IncomingCall in) {
    if (wire == null) {
      return "";
    }
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

  /** The decimal address signals (a trailing ST or filler dropped). */
  private static String digitsOnly(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else {
        break;
      }
    }
    return b.toString();
  }

  @Override
  public void onAlerting(CallReference ref) {
    onAlerting(ref, ProgressMapping.SUBSCRIBER_FREE);
  }

  /** ACM with its called party's status, or a first CPG "alerting" (subscriber free). */
  @Override
  public void onAlerting(CallReference ref, int calledPartyStatus) {
    Call call = isupCall(ref);
    if (call != null) {
      handle(call, new SipIsupCall.Acm(calledPartyStatus));
    }
  }

  @Override
  public void onProgress(CallReference ref, int event) {
    Call call = isupCall(ref);
    if (call != null) {
      handle(call, new SipIsupCall.Cpg(event));
    }
  }

  @Override
  public void onAnswer(CallReference ref) {
    Call call = isupCall(ref);
    if (call != null) {
      handle(call, new SipIsupCall.Answer());
    }
  }

  @Override
  public void onRelease(CallReference ref, CallRelease release) {
    Call call = isupCall(ref);
    if (call != null) {
      handle(call, new SipIsupCall.Rel(release.cause()));
    }
  }
}
