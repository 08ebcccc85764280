package org.ss7sim.simulator.node.ssp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.time.Timer;

/**
 * A switch (DESIGN.md §3 flows 1, 2 and 4). A call placed here is routed as the network file says:
 * an IN trigger first (INAP InitialDP to the SCP; Connect gives the number to route, ReleaseCall
 * ends the call), then for a mobile number ({@code mobile_prefixes}) the gateway MSC procedure
 * ({@link Gmsc}: SendRoutingInfo to the HLR, the call to the roaming number), then the switch's own
 * lines, then the trunk group with the longest matching prefix (ISUP IAM … ANM, hold, REL/RLC),
 * else cause 1. Calls arriving over ISUP meet the simulated line of the called number: answer (ACM,
 * ANM after {@code answer_after}), busy (REL 17), no answer (ACM, then the caller's T9 releases,
 * 19) or unallocated (REL 1).
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
  private final Map<CallReference, OutCall> outgoing = new HashMap<>();
  private final Map<CallReference, InCall> incoming = new HashMap<>();
  private int localCalls;
  private int queries;

  private static final class OutCall {
    final String flow;
    final String calling;
    final Duration hold;
    final CallListener listener;
    boolean reported;
    Timer holdTimer;

    OutCall(String flow, String calling, Duration hold, CallListener listener) {
      this.flow = flow;
      this.calling = calling;
      this.hold = hold;
      this.listener = listener;
    }

    void outcome(Outcome o) {
      if (!reported) {
        reported = true;
        listener.onOutcome(o);
      }
    }
  }

  private record InCall(List<Timer> timers) {}

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
      gmsc = new Gmsc(config, mapTcap.get());
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

  /** Calls in progress (placed here or arriving): zero after a clean run. */
  public int activeCalls() {
    return outgoing.size() + incoming.size() + localCalls + queries;
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
    OutCall call = new OutCall(flow, calling, hold, listener);
    node.flows()
        .starting(
            flow,
            () -> {
              Optional<InTrigger> trigger = data.inTriggerFor(called);
              if (trigger.isPresent() && ssf != null) {
                query(call, called, trigger.get());
              } else if (data.isMobile(called)) {
                interrogate(call, called);
              } else {
                route(call, called);
              }
            });
  }

  /**
   * A call to a mobile subscriber (DESIGN.md §3 flow 4): SendRoutingInfo to the HLR, then the call
   * goes to the roaming number it returns (over the trunk group whose prefixes match it).
   */
  private void interrogate(OutCall call, String msisdn) {
    if (gmsc == null) {
      end(call, Outcome.failed("no_map_ssn_8"));
      return;
    }
    queries++;
    gmsc.sendRoutingInfo(
        msisdn,
        routing -> {
          queries--;
          if (routing instanceof Gmsc.Routing.Roaming r) {
            node.flows().starting(call.flow, () -> route(call, r.msrn()));
          } else {
            end(call, Outcome.failed(((Gmsc.Routing.Failed) routing).cause()));
          }
        });
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
    queries++;
    ssf.initialDp(
        scf,
        idp,
        (ssfCall, decision) -> {
          queries--;
          node.flows()
              .starting(
                  call.flow,
                  () -> {
                    if (decision instanceof SsfDecision.Route r) {
                      String to = r.destination().digits();
                      if (data.isMobile(to)) {
                        interrogate(call, to);
                      } else {
                        route(call, to);
                      }
                    } else if (decision instanceof SsfDecision.Release rel) {
                      end(call, Outcome.failed(Causes.q850(rel.cause().value())));
                    } else {
                      route(call, called);
                    }
                  });
        });
  }

  private void route(OutCall call, String number) {
    Optional<LineBlock> line = data.lineFor(number);
    if (line.isPresent()) {
      localCall(call, line.get());
      return;
    }
    Optional<TrunkGroup> group = data.trunkGroupFor(number);
    if (group.isEmpty()) {
      end(call, Outcome.failed(Causes.q850(1)));
      return;
    }
    // the ISUP shell delivers the call's indications (even a release for congestion) only after
    // placeCall has returned its reference
    outgoing.put(isup.placeCall(CallSetup.of(group.get().name(), number, call.calling)), call);
  }

  /** A call to one of this switch's own lines: no signaling beyond the switch. */
  private void localCall(OutCall call, LineBlock line) {
    switch (line.behaviour()) {
      case BUSY -> end(call, Outcome.failed(Causes.q850(17)));
      case UNALLOCATED -> end(call, Outcome.failed(Causes.q850(1)));
      case NO_ANSWER -> {
        localCalls++;
        node.loop()
            .timers()
            .schedule(
                NO_ANSWER_TIMER,
                () -> {
                  localCalls--;
                  end(call, Outcome.failed(Causes.q850(19)));
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

  private void end(OutCall call, Outcome outcome) {
    call.outcome(outcome);
    call.listener.onEnded();
  }

  private OutCall out(CallReference ref) {
    return outgoing.get(ref);
  }

  @Override
  public void onIncomingCall(IncomingCall call) {
    InCall in = new InCall(new ArrayList<>());
    incoming.put(call.call(), in);
    Optional<LineBlock> line = data.lineFor(call.called());
    if (line.isEmpty()) {
      isup.release(call.call(), CauseValue.UNALLOCATED_NUMBER);
      return;
    }
    switch (line.get().behaviour()) {
      case BUSY -> isup.release(call.call(), CauseValue.USER_BUSY);
      case UNALLOCATED -> isup.release(call.call(), CauseValue.UNALLOCATED_NUMBER);
      case NO_ANSWER -> isup.alert(call.call());
      case ANSWER -> {
        isup.alert(call.call());
        in.timers()
            .add(
                node.loop()
                    .timers()
                    .schedule(
                        line.get().answerAfter(),
                        () -> {
                          if (incoming.containsKey(call.call())) {
                            isup.answer(call.call());
                          }
                        }));
      }
    }
  }

  @Override
  public void onAlerting(CallReference call) {}

  @Override
  public void onAnswer(CallReference ref) {
    OutCall call = out(ref);
    if (call == null) {
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
      in.timers().forEach(Timer::cancel);
      return;
    }
    OutCall call = outgoing.remove(ref);
    if (call == null) {
      return;
    }
    if (call.holdTimer != null) {
      call.holdTimer.cancel();
    }
    call.outcome(Outcome.failed(Causes.q850(release.cause().code())));
    call.listener.onEnded();
  }
}
